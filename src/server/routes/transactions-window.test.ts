/**
 * GET /api/transactions with a date window (issue 13), as a property against the sandbox: for
 * generated filters, windows (edges on, between and beyond rows, equal createdAt values at the
 * edges), orders and pages, the page and total equal what the sandbox's own rows say, and the
 * window costs at most 2·log2(count)+2 Capa calls plus the page. Transactions created while an
 * agent pages never repeat or drop a row.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bff, control, list, sandboxRows, useListStack } from '../test-support/list-stack';
import { inWindow, type OracleRow } from '../test-support/sandbox-oracle';

useListStack({ size: 700, seed: 13 });
const oracle = new Map<string, Promise<OracleRow[]>>();

function rowsOf(filters: Record<string, string>) {
  const k = JSON.stringify(filters);
  if (!oracle.has(k)) oracle.set(k, sandboxRows(filters));
  return oracle.get(k)!;
}

beforeAll(async () => {
  // Equal createdAt values: six more OFF_RAMPs at the very instant of a seeded one.
  const [seeded] = await sandboxRows({ type: 'OFF_RAMP' }).then((r) => r.slice(200, 201));
  for (let i = 0; i < 6; i++) {
    await control.create({ type: 'OFF_RAMP', status: seeded!.status, createdAt: seeded!.createdAt });
  }
});

/** An instant near a row's createdAt (on it, a millisecond either side), or beyond either end. */
const edge = (rows: OracleRow[]) =>
  fc.oneof(
    fc.constant(undefined),
    fc.constantFrom('2020-01-01T00:00:00Z', '2030-01-01T00:00:00-06:00'),
    fc
      .tuple(fc.nat(), fc.constantFrom(-1, 0, 1))
      .map(([i, d]) =>
        rows.length ? new Date(Date.parse(rows[i % rows.length]!.createdAt) + d).toISOString() : undefined,
      ),
  );

describe('GET /api/transactions?from&to', () => {
  it('pages of a window equal the sandbox’s own rows, in both orders, at a bounded cost', async () => {
    const filterSets: Record<string, string>[] = [
      {},
      { type: 'OFF_RAMP' },
      { fiatCurrency: 'MXN', type: 'ON_RAMP' },
      { status: 'COMPLETED' },
    ];
    const base = await Promise.all(filterSets.map(rowsOf));
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: filterSets.length - 1 }).chain((f) =>
          fc.record({
            f: fc.constant(f),
            from: edge(base[f]!),
            to: edge(base[f]!),
            sortOrder: fc.constantFrom('ASC', 'DESC'),
            skip: fc.oneof(fc.nat({ max: 30 }), fc.nat({ max: 700 })),
            limit: fc.integer({ min: 1, max: 100 }),
          }),
        ),
        async ({ f, from, to, sortOrder, skip, limit }) => {
          if (from && to && Date.parse(from) >= Date.parse(to)) return;
          const rows = inWindow(base[f]!, from, to);
          const ordered = sortOrder === 'ASC' ? rows : [...rows].reverse();
          const { body, calls } = await list({ ...filterSets[f], from, to, sortOrder, skip, limit });
          expect(body.total).toBe(rows.length);
          expect(body.items.map((t) => t.id)).toEqual(ordered.slice(skip, skip + limit).map((r) => r.id));
          const count = base[f]!.length;
          expect(calls).toBeLessThanOrEqual(Math.max(2, 2 * Math.log2(count) + 2) + 1);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('equal createdAt values at either edge: from includes them all, to excludes them all', async () => {
    const rows = await rowsOf({ type: 'OFF_RAMP' });
    const tied = rows.filter((r) => r.createdAt === rows[200]!.createdAt);
    expect(tied.length).toBe(7);
    const at = tied[0]!.createdAt;
    const from = await list({ type: 'OFF_RAMP', from: at, sortOrder: 'ASC', limit: 10 });
    expect(from.body.items.slice(0, 7).map((t) => t.createdAt)).toEqual(Array(7).fill(at));
    const to = await list({ type: 'OFF_RAMP', to: at, sortOrder: 'DESC', limit: 10 });
    expect(to.body.total).toBe(rows.indexOf(tied[0]!));
    expect(to.body.items.every((t) => t.createdAt < at)).toBe(true);
  });

  it('the next pages of a window cost one call each (the edges are cached per view)', async () => {
    const query = { type: 'ON_RAMP', from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z', limit: 20 };
    const first = await list(query);
    expect(first.calls).toBeGreaterThan(2);
    const second = await list({ ...query, skip: 20 });
    expect(second.calls).toBe(1);
    expect(second.body.total).toBe(first.body.total);
  });

  it('transactions created while an agent pages neither repeat nor drop a row, in either order', async () => {
    const from = '2026-11-10T00:00:00Z';
    const expected = inWindow(await sandboxRows({ status: 'PENDING' }), from);
    for (const sortOrder of ['ASC', 'DESC'] as const) {
      const seen: string[] = [];
      for (let skip = 0; skip < expected.length; skip += 13) {
        const { body } = await list({ status: 'PENDING', from, sortOrder, skip, limit: 13 });
        expect(body.total).toBe(expected.length);
        seen.push(...body.items.map((t) => t.id));
        // Created now, PENDING: in the view and in the window (from only), appended at its end.
        await control.create({ status: 'PENDING' });
      }
      const ids = expected.map((r) => r.id);
      expect(seen).toEqual(sortOrder === 'ASC' ? ids : [...ids].reverse());
    }
  });

  it('refuses from >= to naming to, and an instant without a zone naming it, before any call', async () => {
    await control.resetCalls();
    const order = await bff.request(
      'GET',
      '/api/transactions?from=2026-11-02T00:00:00Z&to=2026-11-01T18:00:00-06:00',
    );
    expect(order.status).toBe(400);
    expect(order.json().error).toMatchObject({
      code: 'VALIDATION_ERROR',
      fields: { to: expect.any(String) },
    });
    const zone = await bff.request('GET', '/api/transactions?from=2026-11-01T00:00:00');
    expect(zone.json().error).toMatchObject({
      code: 'VALIDATION_ERROR',
      fields: { from: expect.any(String) },
    });
    expect((await control.calls()).list).toBe(0);
  });
});
