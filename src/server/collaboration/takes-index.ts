import type { Take } from '../../contract/collaboration-api';
import type { ChangeFeed } from '../db/change-feed';
import type { TakeRow } from '../db/schema';

/**
 * Who has taken what, in memory, so that a page of the list asks the database nothing about its
 * rows' takes (docs/performance.md). Loaded once; this instance's own takes and releases apply at
 * once; another instance's arrive through the change feed (takes-repo.ts announces each one in
 * its transaction): exact on PGlite, a moment after commit on PostgreSQL, where another
 * instance's take shows on this one's list a moment late. That is a label, not a lock: who gets a
 * take is decided by the database's conditional upsert, and the execute dialog's warning reads
 * the database. After a lost feed connection everything is loaded again.
 */
export function createTakesIndex(
  changes: ChangeFeed,
  loadAll: () => Promise<TakeRow[]>,
  loadOne: (transactionId: string) => Promise<TakeRow | undefined>,
) {
  const live = new Map<string, TakeRow>();
  // Per transaction, the newest change: a reading begun before it is stale when it lands.
  const changeCount = new Map<string, number>();
  let loaded: Promise<void> | null = null;
  let epoch = 0;

  const bump = (id: string) => {
    const n = (changeCount.get(id) ?? 0) + 1;
    changeCount.set(id, n);
    return n;
  };

  function apply(id: string, row: TakeRow | undefined) {
    if (row) live.set(id, row);
    else live.delete(id);
  }

  changes.onResume(() => {
    epoch++;
    loaded = null;
  });

  changes.subscribe((change) => {
    if (change.table !== 'takes') return;
    const id = change.transactionId;
    const mine = bump(id);
    loadOne(id).then(
      (row) => changeCount.get(id) === mine && apply(id, row),
      // Unread: loaded again with everything on the next read.
      () => (loaded = null),
    );
  });

  function ready(): Promise<void> {
    const started = epoch;
    loaded ??= (async () => {
      const before = new Map(changeCount);
      try {
        const rows = await loadAll();
        if (epoch !== started) return;
        const fresh = new Map(rows.map((row) => [row.transactionId, row]));
        // What changed while loading is newer than the load: kept as the change left it.
        const untouched = (id: string) => changeCount.get(id) === before.get(id);
        for (const id of live.keys()) if (untouched(id) && !fresh.has(id)) live.delete(id);
        for (const [id, row] of fresh) if (untouched(id)) live.set(id, row);
      } catch (error) {
        if (epoch === started) loaded = null;
        throw error;
      }
    })();
    const current = loaded;
    return current.then(() => (epoch === started ? undefined : ready()));
  }

  return {
    ready,

    /** This instance wrote it: applied at once, whatever the feed says later. */
    written(id: string, row: TakeRow | undefined) {
      bump(id);
      apply(id, row);
    },

    /** The live takes among `ids` at `now`, by id. */
    async forIds(
      ids: readonly string[],
      now: Date,
      toTake: (row: TakeRow) => Take,
    ): Promise<Map<string, Take>> {
      await ready();
      const found = new Map<string, Take>();
      for (const id of ids) {
        const row = live.get(id);
        if (row && row.expiresAt > now) found.set(id, toTake(row));
      }
      return found;
    },
  };
}
