/**
 * The mocks' takes, notes and status sightings, kept as the BFF keeps them (src/server/collaboration/):
 * one take per transaction, lapsing after two hours; notes and activity append-only; a status first
 * seen when a list or a read first shows it.
 */
import type { PublicAgent } from '../../contract/auth';
import type {
  Annotations,
  ActivityEvent,
  ActivityListQuery,
  Note,
  ReleaseReason,
  Take,
} from '../../contract/collaboration-api';

const TAKE_MS = 2 * 60 * 60_000;
const STUCK_MS: Record<string, number> = { CRYPTO_RECEIVED: 3_600_000, COMPLETED_CRYPTO_RECEIVAL: 3_600_000 };

let takes = new Map<string, Take>();
let events: ActivityEvent[] = [];
let sightings = new Map<string, Map<string, string>>();
let counter = 0;

function live(id: string): Take | null {
  const take = takes.get(id);
  return take && Date.parse(take.expiresAt) > Date.now() ? take : null;
}

function log(
  kind: ActivityEvent['kind'],
  id: string,
  agent: PublicAgent,
  extra: { text?: string; reason?: ReleaseReason } = {},
) {
  const event: ActivityEvent = {
    id: `00000000-0000-4000-9000-${String(++counter).padStart(12, '0')}`,
    kind,
    transactionId: id,
    agentEmail: agent.email,
    agentName: agent.displayName,
    text: extra.text ?? null,
    reason: extra.reason ?? null,
    createdAt: new Date().toISOString(),
  };
  events.push(event);
  return event;
}

export const collaborationStore = {
  take(id: string, agent: PublicAgent): { taken: Take } | { heldBy: Take } {
    const held = live(id);
    if (held && held.agentId !== agent.id) return { heldBy: held };
    const now = new Date();
    const take: Take = {
      agentId: agent.id,
      agentEmail: agent.email,
      agentName: agent.displayName,
      takenAt: held?.takenAt ?? now.toISOString(),
      expiresAt: new Date(now.getTime() + TAKE_MS).toISOString(),
    };
    takes = new Map(takes).set(id, take);
    if (!held) log('take', id, agent);
    return { taken: take };
  },

  release(id: string, agent: PublicAgent): { heldBy: Take } | null {
    const held = live(id);
    if (!held) return null;
    if (held.agentId !== agent.id && agent.role !== 'admin') return { heldBy: held };
    takes = new Map(takes);
    takes.delete(id);
    log('release', id, agent, { reason: held.agentId === agent.id ? 'released' : 'released-by-admin' });
    return null;
  },

  releaseExecuted(id: string, agent: PublicAgent) {
    if (!live(id)) return;
    takes = new Map(takes);
    takes.delete(id);
    log('release', id, agent, { reason: 'executed' });
  },

  addNote(id: string, agent: PublicAgent, text: string): Note {
    const { kind: _kind, reason: _reason, text: kept, ...rest } = log('note', id, agent, { text });
    return { ...rest, text: kept ?? '' };
  },

  notes: (id: string): Note[] =>
    events
      .filter((e) => e.kind === 'note' && e.transactionId === id)
      .map(({ kind: _kind, reason: _reason, text, ...rest }) => ({ ...rest, text: text ?? '' })),

  list(query: ActivityListQuery) {
    const matching = events
      .filter(
        (e) =>
          (!query.kind || e.kind === query.kind) &&
          (!query.transactionId || e.transactionId === query.transactionId),
      )
      .reverse();
    return {
      total: matching.length,
      skip: query.skip,
      limit: query.limit,
      items: matching.slice(query.skip, query.skip + query.limit),
    };
  },

  /** Records the sighting (first time only) and answers when it was. */
  seen(id: string, status: string): string {
    const byStatus = sightings.get(id) ?? new Map<string, string>();
    if (!byStatus.has(status)) byStatus.set(status, new Date().toISOString());
    sightings.set(id, byStatus);
    return byStatus.get(status)!;
  },

  activity(id: string) {
    const now = Date.now();
    const seen = [...(sightings.get(id) ?? new Map<string, string>()).entries()].map(
      ([status, firstSeenAt]) => ({
        status,
        firstSeenAt,
        stuck: STUCK_MS[status] !== undefined && now - Date.parse(firstSeenAt) > STUCK_MS[status],
      }),
    );
    return { take: live(id), sightings: seen };
  },

  annotate(rows: readonly { id: string; status: string }[]): Annotations {
    const now = Date.now();
    return Object.fromEntries(
      rows.map((tx) => {
        const since = collaborationStore.seen(tx.id, tx.status);
        const threshold = STUCK_MS[tx.status];
        return [
          tx.id,
          {
            statusSince: since,
            stuck: threshold !== undefined && now - Date.parse(since) > threshold,
            take: live(tx.id),
          },
        ];
      }),
    );
  },

  /**
   * As the BFF's stuck repo: ids whose latest sighting is in one of `statuses` and older than its
   * threshold, longest in status first.
   */
  stuck(statuses: readonly string[]): { id: string; status: string; since: string }[] {
    const now = Date.now();
    return [...sightings.entries()]
      .flatMap(([id, byStatus]) => {
        const [status, since] = [...byStatus.entries()].sort((a, b) => b[1].localeCompare(a[1]))[0]!;
        const threshold = STUCK_MS[status];
        const stuck =
          statuses.includes(status) && threshold !== undefined && now - Date.parse(since) > threshold;
        return stuck ? [{ id, status, since }] : [];
      })
      .sort((a, b) => a.since.localeCompare(b.since) || a.id.localeCompare(b.id));
  },

  /** For tests: Rampdesk first saw this transaction in this status at `at`. */
  setSeen(id: string, status: string, at: string) {
    const byStatus = new Map(sightings.get(id) ?? []);
    byStatus.set(status, at);
    sightings = new Map(sightings).set(id, byStatus);
  },

  /** For tests: someone else is on it. */
  setTake(id: string, take: Take) {
    takes = new Map(takes).set(id, take);
  },
};

/** test-support/setup.ts calls this after each test. */
export function resetCollaborationStore() {
  takes = new Map();
  events = [];
  sightings = new Map();
}
