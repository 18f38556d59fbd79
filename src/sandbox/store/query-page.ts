import type { SeedColumns } from './columns';
import { cubeCount } from './indexes';
import type { Overlay, OverlayEntry } from './overlay';
import { rowMatches, type Ref, type StoreQuery } from './query-match';
import type { SeedDb } from './seed-db';

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

/** At most one filter: the posting list is exactly the match set (minus dirty rows), so select by rank. */
export function rankSelect(db: SeedDb, ov: Overlay, q: StoreQuery, list: Int32Array, extras: OverlayEntry[]) {
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

/** Several filters: walk the smallest list in sort order, checking the other columns. */
export function walk(db: SeedDb, ov: Overlay, q: StoreQuery, list: Int32Array, extras: OverlayEntry[]) {
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
