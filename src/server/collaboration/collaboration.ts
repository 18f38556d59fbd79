import type { FastifyBaseLogger } from 'fastify';
import type { Annotations, Take } from '../../contract/collaboration-api';
import type { CollaborationSettings } from '../config/collaboration';
import type { ChangeFeed } from '../db/change-feed';
import type { Db } from '../db/database';
import { DatabaseError } from '../db/errors';
import { createActivityRepo } from './activity-repo';
import { createSightings, type Seen } from './sightings';
import { createStuckRepo } from './stuck';
import { createTakesRepo } from './takes-repo';

/** Sightings, takes and notes together, as the routes use them. */
/** `changes`: the database's shared change feed, which keeps the takes index (takes-index.ts). */
export function createCollaboration(
  db: Db,
  changes: ChangeFeed,
  settings: CollaborationSettings,
  clock: () => Date,
) {
  const sightings = createSightings(db, { clock, thresholds: settings.stuckThresholds });
  const takes = createTakesRepo(db, changes, { clock, expiresAfterMs: settings.takeExpiresAfterMs });
  const activity = createActivityRepo(db, clock);
  const stuck = createStuckRepo(db, { thresholds: settings.stuckThresholds });

  return {
    sightings,
    takes,
    activity,
    stuck,

    /**
     * What the list adds beside a page of Capa's rows: when each row was first seen in its status,
     * whether that is longer than its threshold, and who has taken it. Records the page's sightings
     * on the way. Never throws: without the database the rows still go out, un-annotated (logged).
     */
    async annotate(rows: readonly Seen[], log: FastifyBaseLogger): Promise<Annotations> {
      // Keyed by the row's id as Capa wrote it, looked up by the canonical (lower-case) one. Plain
      // literals, not `{ ...tx }`: a spread costs ~1 µs a row in V8 here (docs/performance.md).
      const items = rows.map((tx) => ({ id: tx.id.toLowerCase(), status: tx.status }));
      const ids = items.map((tx) => tx.id);
      const [since, taken] = await Promise.all([
        sightings.record(items, log),
        takes.forIds(ids).catch((error) => {
          log.error({ err: new DatabaseError(error) }, 'takes not read');
          return new Map<string, Take>();
        }),
      ]);
      const nowMs = clock().getTime();
      const annotations: Annotations = {};
      for (let i = 0; i < items.length; i++) {
        const { id, status } = items[i]!;
        const at = since.get(id);
        annotations[rows[i]!.id] = {
          statusSince: at ? at.iso : null,
          stuck: at ? sightings.stuck(status, at.ms, nowMs) : false,
          take: taken.get(id) ?? null,
        };
      }
      return annotations;
    },
  };
}
export type Collaboration = ReturnType<typeof createCollaboration>;
