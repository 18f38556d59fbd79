import type { FastifyBaseLogger } from 'fastify';
import type { Annotations } from '../../contract/collaboration-api';
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
      // Keyed by the row's id as Capa wrote it, looked up by the canonical (lower-case) one.
      const items = rows.map((tx) => ({ ...tx, key: tx.id, id: tx.id.toLowerCase() }));
      const [since, taken] = await Promise.all([
        sightings.record(items, log),
        takes.forIds(items.map((tx) => tx.id)).catch((error) => {
          log.error({ err: new DatabaseError(error) }, 'takes not read');
          return new Map();
        }),
      ]);
      const now = clock();
      const annotations: Annotations = {};
      for (const tx of items) {
        const at = since.get(tx.id);
        annotations[tx.key] = {
          statusSince: at?.toISOString() ?? null,
          stuck: at ? sightings.stuck(tx.status, at, now) : false,
          take: taken.get(tx.id) ?? null,
        };
      }
      return annotations;
    },
  };
}
export type Collaboration = ReturnType<typeof createCollaboration>;
