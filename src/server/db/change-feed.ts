/**
 * The database's own announcements of changes that in-process caches depend on (migration 0003:
 * triggers NOTIFY on one channel for every writer, the agents CLI and scripts included).
 *
 * Only the embedded PGlite offers an exact feed: it runs in this process and hands each
 * notification to the listener before the statement that caused it returns, so a cache that drops
 * an entry on notification is never behind the database — a signed-out session is refused by the
 * very next request (SECURITY A3). PostgreSQL delivers notifications to other connections a moment
 * after commit (postgres-feed.ts): a cache fed by them would let a revoked session through on
 * another instance during that moment, so on PostgreSQL no session is cached. That feed serves
 * only what may be a moment late: which rows of a list page to settle in the background
 * (execute/intents-repo.ts).
 */
export const CHANGES_CHANNEL = 'rampdesk_changes';

export type Change =
  | { table: 'sessions'; id: string }
  | { table: 'agents'; id: string }
  | { table: 'execute_intents'; transactionId: string; state: string; updatedAt: Date }
  /** Announced by collaboration/takes-repo.ts, in the transaction that takes or releases. */
  | { table: 'takes'; transactionId: string };

export interface ChangeFeed {
  /** Calls `listener` with every change (exact: before the statement that made it returns); unsubscribe. */
  subscribe(listener: (change: Change) => void): () => void;
  /** True: never behind this process's view of the database (PGlite). False: a moment after commit. */
  readonly exact: boolean;
  /** False while not listening (a lost connection): the feed's silence then proves nothing. */
  listening(): boolean;
  /** Calls `listener` each time listening starts again: what was announced meanwhile is lost. */
  onResume(listener: () => void): () => void;
}

/** A payload from the triggers, or null for anything else on the channel. */
export function parseChange(payload: string): Change | null {
  const [table, key, state, updatedAtMs, ...rest] = payload.split(':');
  if (!key || rest.length > 0) return null;
  if ((table === 'sessions' || table === 'agents') && state === undefined) return { table, id: key };
  if (table === 'takes' && state === undefined) return { table, transactionId: key };
  const ms = Number(updatedAtMs);
  if (table === 'execute_intents' && state && Number.isSafeInteger(ms)) {
    return { table, transactionId: key, state, updatedAt: new Date(ms) };
  }
  return null;
}

/**
 * A feed, the function that fans a notification's payload out to its subscribers, and the switch
 * that says whether it is listening (an exact feed always is).
 */
export function createChangeFeed(exact = true): {
  feed: ChangeFeed;
  deliver: (payload: string) => void;
  setListening: (listening: boolean) => void;
} {
  const listeners = new Set<(change: Change) => void>();
  const resumed = new Set<() => void>();
  let listening = exact;
  return {
    feed: {
      exact,
      subscribe(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      listening: () => listening,
      onResume(listener) {
        resumed.add(listener);
        return () => void resumed.delete(listener);
      },
    },
    deliver(payload) {
      const change = parseChange(payload);
      if (change) for (const listener of listeners) listener(change);
    },
    setListening(now) {
      const resuming = now && !listening;
      listening = now;
      if (resuming) for (const listener of resumed) listener();
    },
  };
}
