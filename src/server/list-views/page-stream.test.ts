import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../contract/capa';
import type { ApiHttpError } from '../errors';
import { streamView } from './page-stream';
import type { UpstreamReads } from './upstream-reads';
import type { View } from './view';

const row = (i: number) =>
  ({ id: `tx-${i}`, createdAt: new Date(1_000_000 + i * 1000).toISOString() }) as Transaction;

/** A list in memory, read oldest first, that a test may change between reads. */
function memoryList(n: number) {
  const rows = Array.from({ length: n }, (_, i) => row(i));
  let inFlight = 0;
  let maxInFlight = 0;
  const reads: UpstreamReads = {
    async list(query, context) {
      context.cost.calls++;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      return { count: rows.length, data: rows.slice(query.skip, (query.skip ?? 0) + (query.limit ?? 20)) };
    },
  };
  return { rows, reads, maxInFlight: () => maxInFlight };
}

const context = () => ({ log: console as never, cost: { calls: 0 } });
const all: View = { filters: {}, window: {} };

async function collect(stream: AsyncGenerator<Transaction[]>, between?: (page: number) => void) {
  const ids: string[] = [];
  let page = 0;
  for await (const rows of stream) {
    ids.push(...rows.map((r) => r.id));
    between?.(page++);
  }
  return ids;
}

describe('streamView', () => {
  it('reads every row once, oldest first, at most two reads in flight, each read overlapping the last by one', async () => {
    const list = memoryList(1_000);
    const ctx = context();
    const ids = await collect(
      streamView(list.reads, all, { count: 1_000, start: 0, end: 1_000 }, ctx, { concurrency: 2 }),
    );
    expect(ids).toEqual(list.rows.map((r) => r.id));
    expect(list.maxInFlight()).toBe(2);
    expect(ctx.cost.calls).toBe(Math.ceil(1_000 / 99));
  });

  it('rows appended meanwhile are never read: the positions are fixed at the start', async () => {
    const list = memoryList(500);
    const expected = list.rows.map((r) => r.id);
    const ids = await collect(
      streamView(list.reads, all, { count: 500, start: 0, end: 500 }, context(), { concurrency: 2 }),
      () => list.rows.push(row(10_000 + list.rows.length)),
    );
    expect(ids).toEqual(expected);
  });

  it('a row leaving the view before rows already read is VIEW_CHANGED, never a silently short answer', async () => {
    const list = memoryList(500);
    const stream = streamView(list.reads, all, { count: 500, start: 0, end: 500 }, context(), {
      concurrency: 1,
    });
    const error = await collect(stream, (page) => {
      if (page === 1) list.rows.splice(10, 1);
    }).catch((e: ApiHttpError) => e);
    expect(error).toMatchObject({ statusCode: 409, code: 'VIEW_CHANGED' });
  });

  it('a row entering the view before its window’s first row is VIEW_CHANGED', async () => {
    const list = memoryList(300);
    const from = Date.parse(list.rows[100]!.createdAt);
    const view: View = { filters: {}, window: { fromMs: from } };
    list.rows.splice(50, 0, row(49.5));
    const error = await collect(
      streamView(list.reads, view, { count: 300, start: 100, end: 300 }, context(), { concurrency: 2 }),
    ).catch((e: ApiHttpError) => e);
    expect(error).toMatchObject({ code: 'VIEW_CHANGED' });
  });
});
