import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findWindowEdges, type TimeWindow } from './window-search';

/** A list's createdAt values in ascending order, read one position at a time, counting reads. */
function list(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  let reads = 0;
  return {
    sorted,
    reads: () => reads,
    probe: async (position: number) => {
      reads++;
      return { count: sorted.length, createdAtMs: sorted[position] ?? null };
    },
  };
}

/** The oracle: every row, checked one by one. */
function expected(sorted: number[], { fromMs, toMs }: TimeWindow) {
  const inside = (t: number) => (fromMs === undefined || t >= fromMs) && (toMs === undefined || t < toMs);
  const start = sorted.findIndex((t) => fromMs === undefined || t >= fromMs);
  const rows = sorted.filter(inside).length;
  const s = start < 0 ? sorted.length : start;
  return { count: sorted.length, start: s, end: s + rows };
}

// Few distinct times, so equal createdAt values at the edges are common.
const times = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 300 });
const bound = fc.option(fc.integer({ min: -5, max: 65 }), { nil: undefined });

describe('findWindowEdges', () => {
  it('finds [first at or after from, first at or after to) for any list and window, ties and all', async () => {
    await fc.assert(
      fc.asyncProperty(times, bound, bound, async (values, a, b) => {
        const window: TimeWindow =
          a !== undefined && b !== undefined && a >= b ? { fromMs: b, toMs: a + 1 } : { fromMs: a, toMs: b };
        const l = list(values);
        expect(await findWindowEdges(l.probe, window)).toEqual(expected(l.sorted, window));
      }),
      { numRuns: 2_000 },
    );
  });

  it('costs at most 2·log2(count)+2 reads, at every size up to 5,000 and at 1M', async () => {
    const check = async (n: number, window: TimeWindow) => {
      const l = list(Array.from({ length: n }, (_, i) => i * 10));
      await findWindowEdges(l.probe, window);
      expect(l.reads(), `${n} rows, ${JSON.stringify(window)}`).toBeLessThanOrEqual(
        Math.max(2, 2 * Math.log2(n) + 2),
      );
    };
    for (let n = 0; n <= 5_000; n += n < 70 ? 1 : 97) {
      for (const w of [
        { fromMs: n * 3, toMs: n * 7 + 5 },
        { fromMs: 15 },
        { toMs: n * 10 - 5 },
        { fromMs: -100, toMs: n * 10 + 100 },
        { fromMs: n * 5 + 1, toMs: n * 5 + 2 },
      ]) {
        await check(n, w);
      }
    }
    await check(1_000_000, { fromMs: 1_234_565, toMs: 8_765_431 });
  });

  it('answers an empty list, and windows beyond either end, from the first read alone or nearly', async () => {
    expect(await findWindowEdges(list([]).probe, { fromMs: 1, toMs: 2 })).toEqual({
      count: 0,
      start: 0,
      end: 0,
    });
    const l = list([10, 20, 30]);
    expect(await findWindowEdges(l.probe, { fromMs: 40, toMs: 50 })).toEqual({ count: 3, start: 3, end: 3 });
    expect(await findWindowEdges(l.probe, { fromMs: 0, toMs: 10 })).toEqual({ count: 3, start: 0, end: 0 });
    expect(await findWindowEdges(l.probe, {})).toEqual({ count: 3, start: 0, end: 3 });
  });
});
