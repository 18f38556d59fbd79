/**
 * Where a date window starts and ends in one of Capa's filtered lists, which have no date filter
 * but are ordered by createdAt and say how many rows match (docs/capa-api.md, "Date windows").
 *
 * Positions are ascending (oldest first): a transaction created later is appended at the end, so
 * the positions of the rows already there do not move while an agent pages or an export reads.
 * The search knows nothing of Capa: it reads rows through `probe`, so the same search serves any
 * one list (a later "several statuses at once" runs it per status list and merges).
 */

/** One row read at an ascending position, with the list's count at that moment. */
export interface ProbeResult {
  count: number;
  /** createdAt of the row in ms; null when there is no row there (the list shrank). */
  createdAtMs: number | null;
}

export type Probe = (position: number) => Promise<ProbeResult>;

export interface TimeWindow {
  /** Inclusive lower bound on createdAt, in ms. */
  fromMs?: number;
  /** Exclusive upper bound on createdAt, in ms. */
  toMs?: number;
}

/** The window's rows are the ascending positions [start, end) of a list that held `count`. */
export interface WindowEdges {
  count: number;
  start: number;
  end: number;
}

/** Candidate positions [lo, hi] of the first row at or after one bound (hi = count: none is). */
interface Bound {
  at?: number;
  lo: number;
  hi: number;
}

const settled = (b: Bound) => b.lo >= b.hi;
const middle = (b: Bound) => Math.floor((b.lo + b.hi) / 2);

/** What the row at `position` says of a bound: the first row at or after it is there or before, or after. */
function narrow(bound: Bound, position: number, createdAtMs: number | null): void {
  if (bound.at === undefined || position < bound.lo || position >= bound.hi) return;
  // A row gone since the count was read sorts as "after everything": the page reads then check.
  if (createdAtMs === null || createdAtMs >= bound.at) bound.hi = position;
  else bound.lo = position + 1;
}

/**
 * Binary search for both edges at once. The first read (position 0) gives the count. While both
 * edges may still be at the same positions, one read narrows both; once they part, each round
 * reads both halves' middles in parallel. At most 2·⌈log2 count⌉ reads in all (so within
 * 2·log2(count)+2), and about ⌈log2 count⌉ rounds of waiting.
 */
export async function findWindowEdges(probe: Probe, window: TimeWindow): Promise<WindowEdges> {
  const first = await probe(0);
  const count = first.count;
  const from: Bound = { at: window.fromMs, lo: 0, hi: window.fromMs === undefined ? 0 : count };
  const to: Bound = { at: window.toMs, lo: 0, hi: count };
  if (window.toMs === undefined) to.lo = count;
  const apply = (position: number, createdAtMs: number | null) => {
    narrow(from, position, createdAtMs);
    narrow(to, position, createdAtMs);
    // from < to, so the window's end is never before its start.
    if (to.lo < from.lo) to.lo = from.lo;
    if (from.hi > to.hi) from.hi = to.hi;
  };
  if (count > 0) apply(0, first.createdAtMs);
  while (!settled(from) || !settled(to)) {
    const positions = new Set<number>();
    if (!settled(from)) positions.add(middle(from));
    // Still the same candidates: one read narrows both.
    if (!settled(to) && !(from.lo === to.lo && from.hi === to.hi)) positions.add(middle(to));
    const reads = await Promise.all(
      [...positions].map(async (p) => [p, (await probe(p)).createdAtMs] as const),
    );
    for (const [p, at] of reads) apply(p, at);
  }
  return { count, start: from.lo, end: Math.max(from.lo, to.lo) };
}
