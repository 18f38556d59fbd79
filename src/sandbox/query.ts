import type { SeedColumns } from './columns';
import { cubeCount, N_CURRENCY, N_STATUS, N_TYPE } from './indexes';
import type { Overlay, OverlayEntry } from './overlay';
import type { SeedDb } from './seed-db';

/**
 * The list query over seeded rows plus the overlay, without scanning or sorting everything:
 * walk the smallest posting list in sort order, merging in the (small, sorted) overlay entries.
 * Seeded rows are numbered in createdAt order, so a posting list is already sorted.
 */
export interface StoreQuery {
  partner: number;
  /** Index of the value, or -1 for "any". */
  status: number;
  type: number;
  currency: number;
  /** User index, -1 for any, NO_SUCH_USER when the filter names a user nobody has. */
  user: number;
  skip: number;
  limit: number;
  desc: boolean;
}

export const NO_SUCH_USER = -2;

/** A seeded row (number) or an overlay entry. */
export type Ref = number | OverlayEntry;

export interface QueryResult {
  count: number;
  refs: Ref[];
}

/** Current status index of an overlay entry (executions move it along). */
export type StatusOf = (entry: OverlayEntry) => number;

export function entryMatches(e: OverlayEntry, q: StoreQuery, status: number): boolean {
  return (
    e.partner === q.partner &&
    (q.status < 0 || status === q.status) &&
    (q.type < 0 || e.type === q.type) &&
    (q.currency < 0 || e.currency === q.currency) &&
    (q.user < 0 || e.user === q.user)
  );
}

/** Does a seeded row, by its seeded values, match? (Dirty rows are checked by the caller.) */
function rowMatches(c: SeedColumns, r: number, q: StoreQuery): boolean {
  return (
    c.partner[r] === q.partner &&
    (q.status < 0 || c.status[r] === q.status) &&
    (q.type < 0 || c.type[r] === q.type) &&
    (q.currency < 0 || c.currency[r] === q.currency) &&
    (q.user < 0 || c.user[r] === q.user)
  );
}

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

/** First position in `list` whose row sorts at or after (createdAt, seq). */
function lowerBound(list: Int32Array, c: SeedColumns, createdAt: number, seq: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = list[mid]!;
    const at = c.createdAt[r]!;
    if (at < createdAt || (at === createdAt && r < seq)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function rowBefore(c: SeedColumns, e: OverlayEntry, r: number): boolean {
  const at = c.createdAt[r]!;
  return e.createdAt < at || (e.createdAt === at && e.seq < r);
}

export function runQuery(db: SeedDb, ov: Overlay, q: StoreQuery, statusOf: StatusOf): QueryResult {
  if (q.user === NO_SUCH_USER) return { count: 0, refs: [] };
  const extras = ov.entries.filter((e) => entryMatches(e, q, statusOf(e)));
  const list = smallestList(db, q);
  const filters = (q.status >= 0 ? 1 : 0) + (q.type >= 0 ? 1 : 0) + (q.currency >= 0 ? 1 : 0);
  // With at most one filter the posting list is exactly the match set (minus dirty rows):
  // select by rank. Otherwise walk the list checking the other columns.
  return q.user < 0 && filters <= 1 ? rankSelect(db, ov, q, list, extras) : walk(db, ov, q, list, extras);
}

function rankSelect(db: SeedDb, ov: Overlay, q: StoreQuery, list: Int32Array, extras: OverlayEntry[]) {
  const c = db.cols;
  const dirty = ov.dirty;
  const dirtyPos: number[] = [];
  for (const e of ov.entries) {
    if (e.row < 0) continue;
    const p = lowerBound(list, c, e.createdAt, e.seq);
    if (list[p] === e.row) dirtyPos.push(p);
  }
  dirtyPos.sort((a, b) => a - b);
  const countBefore = (p: number) => {
    let lo = 0;
    let hi = dirtyPos.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dirtyPos[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const count = list.length - dirtyPos.length + extras.length;
  // Work in ascending positions of the merged stream; DESC reads the mirrored range.
  const end = q.desc ? count - q.skip : Math.min(count, q.skip + q.limit);
  const start = q.desc ? Math.max(0, end - q.limit) : q.skip;
  if (start >= end) return { count, refs: [] };
  // Extras before `start` in merged order, then the base stream's index at `start`.
  let k = 0;
  while (k < extras.length) {
    const e = extras[k]!;
    const p = lowerBound(list, c, e.createdAt, e.seq);
    if (k + p - countBefore(p) >= start) break;
    k++;
  }
  let pos = start - k;
  for (const d of dirtyPos) if (d <= pos) pos++;
  const refs: Ref[] = [];
  while (refs.length < end - start) {
    while (pos < list.length && dirty[list[pos]!]) pos++;
    const hasRow = pos < list.length;
    if (k < extras.length && (!hasRow || rowBefore(c, extras[k]!, list[pos]!))) refs.push(extras[k++]!);
    else if (hasRow) refs.push(list[pos++]!);
    else break;
  }
  if (q.desc) refs.reverse();
  return { count, refs };
}

function walk(db: SeedDb, ov: Overlay, q: StoreQuery, list: Int32Array, extras: OverlayEntry[]) {
  const c = db.cols;
  const dirty = ov.dirty;
  const match = (r: number) => dirty[r] === 0 && rowMatches(c, r, q);
  const step = q.desc ? -1 : 1;
  let pos = q.desc ? list.length - 1 : 0;
  let k = q.desc ? extras.length - 1 : 0;
  let toSkip = q.skip;
  const refs: Ref[] = [];
  while (refs.length < q.limit) {
    while (pos >= 0 && pos < list.length && !match(list[pos]!)) pos += step;
    const hasRow = pos >= 0 && pos < list.length;
    const hasExtra = k >= 0 && k < extras.length;
    if (!hasRow && !hasExtra) break;
    let ref: Ref;
    if (hasExtra && (!hasRow || rowBefore(c, extras[k]!, list[pos]!) !== q.desc)) {
      ref = extras[k]!;
      k += step;
    } else {
      ref = list[pos]!;
      pos += step;
    }
    if (toSkip > 0) toSkip--;
    else refs.push(ref);
  }
  return { count: baseCount(db, ov, q, list, match) + extras.length, refs };
}

/** Seeded rows matching, not dirty: from the count cube when no user filter, else by walking. */
function baseCount(db: SeedDb, ov: Overlay, q: StoreQuery, list: Int32Array, match: (r: number) => boolean) {
  let n = 0;
  if (q.user >= 0) {
    for (let i = 0; i < list.length; i++) if (match(list[i]!)) n++;
    return n;
  }
  n = cubeCount(db.idx.cube, q.partner, q.status, q.type, q.currency);
  for (const e of ov.entries) if (e.row >= 0 && rowMatches(db.cols, e.row, q)) n--;
  return n;
}
