import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSplit, type MergeList } from './merge-split';

/** Sorted createdAt lists (ms), with ties inside and across lists, and a window on each. */
const listsArb = fc.array(
  fc
    .array(fc.integer({ min: 0, max: 60 }), { maxLength: 300 })
    .map((values) => values.sort((a, b) => a - b))
    .chain((values) =>
      fc
        .tuple(fc.nat(values.length), fc.nat(values.length))
        .map(([a, b]) => ({ values, start: Math.min(a, b), end: Math.max(a, b) })),
    ),
  { minLength: 1, maxLength: 5 },
);

/** The merge done the slow way: every row, by (createdAt, list, position). */
function mergedKeys(lists: { values: number[]; start: number; end: number }[]) {
  const rows = lists.flatMap((l, i) =>
    l.values.slice(l.start, l.end).map((at, k) => [at, i, l.start + k] as const),
  );
  return rows.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
}

function probed(lists: { values: number[]; start: number; end: number }[]) {
  const reads = { count: 0 };
  const merge: MergeList[] = lists.map((l) => {
    const memo = new Map<number, number>();
    return {
      start: l.start,
      end: l.end,
      at: async (position) => {
        if (position < l.start || position >= l.end) throw new Error(`read outside the window: ${position}`);
        if (!memo.has(position)) reads.count++;
        memo.set(position, l.values[position]!);
        return l.values[position]!;
      },
    };
  });
  return { merge, reads };
}

describe('findSplit', () => {
  it('with no slack, gives per list exactly its rows among the first p (ties: the earlier list first)', async () => {
    await fc.assert(
      fc.asyncProperty(listsArb, fc.double({ min: 0, max: 1, noNaN: true }), async (lists, f) => {
        const all = mergedKeys(lists);
        const p = Math.floor(f * all.length);
        const { merge } = probed(lists);
        const { lo, hi } = await findSplit(merge, p, 0);
        expect(lo).toEqual(hi);
        const expected = lists.map((l, i) => l.start + all.slice(0, p).filter((k) => k[1] === i).length);
        expect(lo).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('with slack, brackets the split and leaves at most that many candidates per list', async () => {
    await fc.assert(
      fc.asyncProperty(listsArb, fc.nat(40), fc.nat(), async (lists, slack, n) => {
        const all = mergedKeys(lists);
        const p = all.length === 0 ? 0 : n % (all.length + 1);
        const { lo, hi } = await findSplit(probed(lists).merge, p, slack);
        lists.forEach((l, i) => {
          const exact = l.start + all.slice(0, p).filter((k) => k[1] === i).length;
          expect(lo[i]).toBeLessThanOrEqual(exact);
          expect(hi[i]).toBeGreaterThanOrEqual(exact);
          expect(hi[i]! - lo[i]!).toBeLessThanOrEqual(slack);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('reads a few dozen rows, not the rows before p, for a deep split of three long lists', async () => {
    const lists = [0, 1, 2].map((k) => {
      const values = Array.from({ length: 100_000 }, (_, n) => n * 3 + k + (n % 7 === 0 ? 1 : 0));
      return { values: values.sort((a, b) => a - b), start: 0, end: values.length };
    });
    const { merge, reads } = probed(lists);
    await findSplit(merge, 123_457, 0);
    // Three lists of 100 000: about 3·log2(100 000) ≈ 50 reads would be one binary search each.
    expect(reads.count).toBeLessThan(150);
  });
});
