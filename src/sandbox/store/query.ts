/**
 * The list query over seeded rows plus the overlay, without scanning or sorting everything:
 * walk the smallest posting list in sort order, merging in the (small, sorted) overlay entries.
 * Seeded rows are numbered in createdAt order, so a posting list is already sorted.
 */
import { N_CURRENCY, N_STATUS, N_TYPE } from './indexes';
import type { Overlay } from './overlay';
import { entryMatches, NO_SUCH_USER, type QueryResult, type StatusOf, type StoreQuery } from './query-match';
import { rankSelect, walk } from './query-page';
import type { SeedDb } from './seed-db';

function smallestList(db: SeedDb, q: StoreQuery): Int32Array {
  const { idx } = db;
  if (q.user >= 0) return q.user < db.users.count ? idx.byUser.list(q.user) : new Int32Array(0);
  let best = idx.byPartner.list(q.partner);
  const consider = (list: Int32Array) => {
    if (list.length < best.length) best = list;
  };
  if (q.status >= 0) consider(idx.byStatus.list(q.partner * N_STATUS + q.status));
  if (q.type >= 0) consider(idx.byType.list(q.partner * N_TYPE + q.type));
  if (q.currency >= 0) consider(idx.byCurrency.list(q.partner * N_CURRENCY + q.currency));
  return best;
}

export function runQuery(db: SeedDb, ov: Overlay, q: StoreQuery, statusOf: StatusOf): QueryResult {
  if (q.user === NO_SUCH_USER) return { count: 0, refs: [] };
  const extras = ov.entries.filter((e) => entryMatches(e, q, statusOf(e)));
  const list = smallestList(db, q);
  const filters = (q.status >= 0 ? 1 : 0) + (q.type >= 0 ? 1 : 0) + (q.currency >= 0 ? 1 : 0);
  return q.user < 0 && filters <= 1 ? rankSelect(db, ov, q, list, extras) : walk(db, ov, q, list, extras);
}
