/**
 * Where position p of a merge of lists begins, without reading the rows before it. Each list is
 * ordered by createdAt (Capa's per-status lists, oldest first); the merge orders by createdAt, and
 * rows of several lists created in the same millisecond by the lists' order. The search knows
 * nothing of Capa: it reads one row's createdAt at a time through `at` (docs/architecture.md,
 * "Several statuses at once").
 *
 * For each list i it narrows [lo_i, hi_i]: its rows before lo_i are among the merge's first p, its
 * rows from hi_i on are not. Each round reads the middle of every list's candidates (in parallel),
 * takes their weighted median as a pivot, and settles whether the pivot is among the first p by
 * narrowing, per list, where the pivot would fall — only as far as that answer needs. Either way
 * at least a quarter of the candidates go (the halves on the pivot's side), so about log_{4/3} of
 * the candidates' number rounds; the probes made while settling are the next rounds' middles,
 * which the caller's cache of probes (`at` is called again for a position already read) makes free.
 */

/** A list's window: its ascending positions [start, end), and the createdAt (ms) at a position. */
export interface MergeList {
  start: number;
  end: number;
  at(position: number): Promise<number>;
}

/** [createdAt ms, list index, position]: a total order over every row of every list. */
type Key = readonly [number, number, number];

const before = (a: Key, b: Key) =>
  a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));

export interface Split {
  /** Per list: rows before lo are among the first p. */
  lo: number[];
  /** Per list: rows at or after hi are not. */
  hi: number[];
}

/** Bounds implied by the total: a list holds at least p minus what the others can hold, at most p. */
function tighten(lists: readonly MergeList[], { lo, hi }: Split, p: number): void {
  const sumLo = lists.reduce((sum, l, i) => sum + lo[i]! - l.start, 0);
  const sumHi = lists.reduce((sum, l, i) => sum + hi[i]! - l.start, 0);
  lists.forEach((l, i) => {
    lo[i] = Math.max(lo[i]!, l.start + p - (sumHi - (hi[i]! - l.start)));
    hi[i] = Math.min(hi[i]!, l.start + p - (sumLo - (lo[i]! - l.start)));
  });
}

/**
 * Narrows until every list has at most `slack` candidates (0: the exact split, lo = hi). Requires
 * 0 <= p <= the lists' total.
 */
export async function findSplit(lists: readonly MergeList[], p: number, slack: number): Promise<Split> {
  const split: Split = { lo: lists.map((l) => l.start), hi: lists.map((l) => l.end) };
  const { lo, hi } = split;
  const keyAt = async (i: number, position: number): Promise<Key> => [
    await lists[i]!.at(position),
    i,
    position,
  ];
  for (;;) {
    tighten(lists, split, p);
    const active = lists.map((_, i) => i).filter((i) => hi[i]! - lo[i]! > 0);
    if (active.every((i) => hi[i]! - lo[i]! <= slack)) return split;
    const middles = await Promise.all(
      active.map(async (i) => ({ i, weight: hi[i]! - lo[i]!, key: await keyAt(i, (lo[i]! + hi[i]!) >> 1) })),
    );
    middles.sort((a, b) => (before(a.key, b.key) ? -1 : 1));
    const total = middles.reduce((sum, m) => sum + m.weight, 0);
    let seen = 0;
    const pivot = middles.find((m) => (seen += m.weight) * 2 >= total)!.key;
    // Per list, where the first row at or after the pivot lies: somewhere in [below, above].
    const below = [...lo];
    const above = [...lo];
    for (const { i, key } of middles) {
      if (i === pivot[1]) below[i] = above[i] = pivot[2];
      else if (before(key, pivot)) [below[i], above[i]] = [key[2] + 1, hi[i]!];
      else [below[i], above[i]] = [lo[i]!, key[2]];
    }
    const need = p - lists.reduce((sum, l, i) => sum + lo[i]! - l.start, 0);
    const candidatesBefore = (bound: number[]) => bound.reduce((sum, b, i) => sum + b - lo[i]!, 0);
    for (;;) {
      if (candidatesBefore(above) < need) {
        // The pivot is among the first p, and so is every row before it.
        below.forEach((b, i) => (lo[i] = b));
        lo[pivot[1]] = pivot[2] + 1;
        break;
      }
      if (candidatesBefore(below) >= need) {
        // The pivot is not, nor is any row after it.
        above.forEach((a, i) => (hi[i] = a));
        break;
      }
      await Promise.all(
        lists.map(async (_, i) => {
          if (below[i]! >= above[i]!) return;
          const probe = (below[i]! + above[i]!) >> 1;
          if (before(await keyAt(i, probe), pivot)) below[i] = probe + 1;
          else above[i] = probe;
        }),
      );
    }
  }
}
