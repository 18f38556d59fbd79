import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../contract/capa';
import { mergeStreams } from './merge-streams';

const row = (list: number, k: number, ms: number) =>
  ({ id: `${list}-${k}`, createdAt: new Date(ms).toISOString() }) as Transaction;

async function* pagesOf(rows: Transaction[], size: number) {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

describe('mergeStreams', () => {
  it('gives every row once, by createdAt and then by list, whatever the page sizes and ties', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            times: fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 40 }),
            size: fc.integer({ min: 1, max: 7 }),
          }),
          { minLength: 2, maxLength: 4 },
        ),
        async (lists) => {
          const rows = lists.map(({ times }, l) =>
            [...times].sort((a, b) => a - b).map((t, k) => row(l, k, t)),
          );
          const out: string[] = [];
          for await (const page of mergeStreams(rows.map((r, l) => pagesOf(r, lists[l]!.size)))) {
            out.push(...page.map((tx) => tx.id));
          }
          const expected = rows
            .flat()
            .sort(
              (a, b) =>
                a.createdAt.localeCompare(b.createdAt) ||
                Number(a.id.split('-')[0]) - Number(b.id.split('-')[0]),
            );
          expect(out).toEqual(expected.map((tx) => tx.id));
        },
      ),
      { numRuns: 200 },
    );
  });
});
