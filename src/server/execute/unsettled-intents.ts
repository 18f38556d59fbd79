import type { ChangeFeed } from '../db/change-feed';
import type { IntentState } from '../db/schema';

export interface UnsettledIntent {
  transactionId: string;
  state: IntentState;
  updatedAt: Date;
}

const UNSETTLED = new Set<string>(['pending', 'unknown']);

/**
 * The transactions whose execute intent is pending or unknown, in memory, so that a page of the
 * list need not ask the database which of its rows await resolution (most pages: none). Loaded
 * once, then kept by the database's change feed: exact on PGlite, which announces every intent's
 * new state before the statement that wrote it returns; a moment after commit on PostgreSQL, and
 * loaded again whenever that feed resumes listening after a lost connection.
 */
export function createUnsettledIndex(changes: ChangeFeed, load: () => Promise<UnsettledIntent[]>) {
  const unsettled = new Map<string, { state: string; updatedAt: Date }>();
  // Announced while the first load ran: newer than what the load may return for them.
  let changedDuringLoad: Set<string> | null = null;
  let loaded: Promise<void> | null = null;
  // Bumped when the feed resumes: a load begun before then may have missed what was announced.
  let epoch = 0;

  changes.onResume(() => {
    epoch++;
    loaded = null;
  });

  changes.subscribe((change) => {
    if (change.table !== 'execute_intents') return;
    changedDuringLoad?.add(change.transactionId);
    if (UNSETTLED.has(change.state)) unsettled.set(change.transactionId, change);
    else unsettled.delete(change.transactionId);
  });

  function ready(): Promise<void> {
    const started = epoch;
    loaded ??= (async () => {
      const changed = (changedDuringLoad = new Set());
      try {
        const rows = await load();
        if (epoch !== started) return;
        // What was announced during the load is newer than the load; everything else is as loaded.
        for (const id of unsettled.keys()) if (!changed.has(id)) unsettled.delete(id);
        for (const row of rows) {
          if (!changed.has(row.transactionId)) unsettled.set(row.transactionId, row);
        }
      } catch (error) {
        if (epoch === started) loaded = null; // tried again by the next caller
        throw error;
      } finally {
        if (epoch === started) changedDuringLoad = null;
      }
    })();
    const current = loaded;
    // Resumed while loading: load again, from after the resumption.
    return current.then(() => (epoch === started ? undefined : ready()));
  }

  return {
    /** Ids among these whose intent is unknown, or pending and last touched before `staleBefore`. */
    async unresolved(transactionIds: string[], staleBefore: Date): Promise<string[]> {
      await ready();
      return transactionIds.filter((id) => {
        const intent = unsettled.get(id);
        return intent?.state === 'unknown' || (intent?.state === 'pending' && intent.updatedAt < staleBefore);
      });
    },
  };
}
