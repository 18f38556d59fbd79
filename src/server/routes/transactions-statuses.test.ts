/**
 * Several statuses at once (issue 14): GET /api/transactions?status=A,B,C as a property against
 * the sandbox. For random sets of statuses, windows, orders and pages at any depth, the page and
 * total equal the sandbox's own rows of that set (read unfiltered, straight from the sandbox, kept
 * in its order, ties across statuses in TRANSACTION_STATUSES' order). Totals and the CSV export
 * take the same sets; bad sets are refused before any call.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { TRANSACTION_STATUSES } from '../../contract/statuses';
import { download } from '../test-support/download';
import { bff, control, list, sandboxRows, useListStack } from '../test-support/list-stack';
import { inWindow, type OracleRow } from '../test-support/sandbox-oracle';
import { agentHeaders } from '../test-support/test-agents';

useListStack({ size: 900, seed: 14, config: { environment: 'sandbox' } });
let all: OracleRow[];

const rank = (status: unknown) =>
  TRANSACTION_STATUSES.indexOf(status as (typeof TRANSACTION_STATUSES)[number]);

/** The sandbox's rows of a set of statuses, oldest first: its own order, same-ms rows by status. */
function expected(statuses: readonly string[], from?: string, to?: string, type?: string): OracleRow[] {
  const rows = all.filter((r) => statuses.includes(r.status as string) && (!type || r.type === type));
  const ordered = rows
    .map((row, i) => ({ row, i }))
    .sort(
      (a, b) =>
        Date.parse(a.row.createdAt) - Date.parse(b.row.createdAt) ||
        rank(a.row.status) - rank(b.row.status) ||
        a.i - b.i,
    )
    .map(({ row }) => row);
  return inWindow(ordered, from, to);
}

beforeAll(async () => {
  // Rows of three statuses created in one millisecond: the merge must order them the same way.
  const seeded = (await sandboxRows())[200]!;
  for (const status of ['FAILED', 'PENDING', 'CRYPTO_RECEIVED', 'FAILED', 'EXPIRED']) {
    await control.create({ type: 'OFF_RAMP', status, createdAt: seeded.createdAt });
  }
  all = await sandboxRows();
});

const instant = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 0, max: 899 }).map((i) => all[i % all.length]!.createdAt),
);

describe('GET /api/transactions?status=A,B,…', () => {
  it('pages of a set of statuses equal the sandbox’s rows of that set, at any depth, in both orders', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...TRANSACTION_STATUSES), { minLength: 2, maxLength: 6 }),
        fc.record({
          from: instant,
          to: instant,
          type: fc.constantFrom(undefined, 'OFF_RAMP'),
          sortOrder: fc.constantFrom('ASC', 'DESC'),
          skip: fc.oneof(fc.nat({ max: 25 }), fc.nat({ max: 400 })),
          limit: fc.integer({ min: 1, max: 100 }),
        }),
        async (statuses, { from, to, type, sortOrder, skip, limit }) => {
          if (from && to && Date.parse(from) >= Date.parse(to)) return;
          const rows = expected(statuses, from, to, type);
          const ordered = sortOrder === 'ASC' ? rows : [...rows].reverse();
          const status = statuses.join(',');
          const { body } = await list({ status, type, from, to, sortOrder, skip, limit });
          expect(body.total).toBe(rows.length);
          expect(body.items.map((t) => t.id)).toEqual(ordered.slice(skip, skip + limit).map((r) => r.id));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('the tied millisecond reads in status order, whichever way it is paged', async () => {
    const statuses = ['FAILED', 'PENDING', 'CRYPTO_RECEIVED', 'EXPIRED'];
    const rows = expected(statuses);
    const ids: string[] = [];
    for (let skip = 0; skip < rows.length; skip += 7) {
      ids.push(
        ...(await list({ status: statuses.join(','), sortOrder: 'ASC', skip, limit: 7 })).body.items.map(
          (t) => t.id,
        ),
      );
    }
    expect(ids).toEqual(rows.map((r) => r.id));
  });

  it('a deep page costs a few dozen Capa calls, not a read of every row before it', async () => {
    const statuses = 'PENDING,COMPLETED,FAILED';
    const { body, calls } = await list({ status: statuses, skip: 300, limit: 20, sortOrder: 'ASC' });
    expect(body.items.map((t) => t.id)).toEqual(
      expected(statuses.split(','))
        .slice(300, 320)
        .map((r) => r.id),
    );
    // Reading the 300 rows before it would take 3 counts + 3·4 pages; the search takes fewer.
    expect(calls).toBeLessThan(45);
  });

  it('totals and the export of a set are those of its rows; the export oldest first', async () => {
    const statuses = ['COMPLETED', 'CANCELLED', 'FAILED'];
    const rows = expected(statuses);
    const totals = await bff.request('GET', `/api/transactions/totals?status=${statuses.join(',')}`);
    expect(totals.status, totals.text).toBe(200);
    expect(totals.json().count).toBe(rows.length);
    const file = await download(
      `${bff.url}/api/transactions/export.csv?status=${statuses.join(',')}`,
      await agentHeaders(bff.database, 'admin'),
    );
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toContain('failed-or-completed-or-cancelled-all.csv');
    const records = parse(file.text, { bom: true }) as string[][];
    const idColumn = records[0]!.indexOf('id');
    expect(records.slice(1).map((r) => r[idColumn])).toEqual(rows.map((r) => r.id));
  });

  it('refuses an unknown, repeated or empty status naming `status`, before any call', async () => {
    await control.resetCalls();
    for (const status of ['PENDING,NOPE', 'PENDING,PENDING', 'PENDING,,FAILED', 'pending']) {
      for (const path of ['/api/transactions', '/api/transactions/totals']) {
        const res = await bff.request('GET', `${path}?status=${status}`);
        expect(res.status, `${path} ${status}`).toBe(400);
        expect(res.json().error).toMatchObject({
          code: 'VALIDATION_ERROR',
          fields: { status: expect.any(String) },
          requestId: expect.any(String),
        });
      }
    }
    expect((await control.calls()).list).toBe(0);
  });
});
