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
 * once, then kept exact by the database's change feed, which announces every intent's new state
 * before the statement that wrote it returns.
 */
export function createUnsettledIndex(changes: ChangeFeed, load: () => Promise<UnsettledIntent[]>) {
  const unsettled = new Map<string, { state: string; updatedAt: Date }>();
  // Announced while the first load ran: newer than what the load may return for them.
  let changedDuringLoad: Set<string> | null = null;
  let loaded: Promise<void> | null = null;

  changes.subscribe((change) => {
    if (change.table !== 'execute_intents') return;
    changedDuringLoad?.add(change.transactionId);
    if (UNSETTLED.has(change.state)) unsettled.set(change.transactionId, change);
    else unsettled.delete(change.transactionId);
  });

  function ready(): Promise<void> {
    loaded ??= (async () => {
      const changed = (changedDuringLoad = new Set());
      try {
        for (const row of await load()) {
          if (!changed.has(row.transactionId)) unsettled.set(row.transactionId, row);
        }
      } catch (error) {
        loaded = null; // tried again by the next caller
        throw error;
      } finally {
        changedDuringLoad = null;
      }
    })();
    return loaded;
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
