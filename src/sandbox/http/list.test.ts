import { beforeAll, describe, expect, it } from 'vitest';
import type { Transaction } from '../../contract/capa';
import { errorOf, useSandbox } from '../test-support/sandbox-tests';

const sandbox = useSandbox({ size: 700 });

/** Every transaction partner 0 can see, newest first, fetched page by page. */
let all: Transaction[] = [];
beforeAll(async () => {
  const sb = sandbox();
  const first = await sb.listOk({ limit: 100 });
  all = first.data;
  while (all.length < first.count) all = all.concat((await sb.listOk({ limit: 100, skip: all.length })).data);
});

const ids = (txs: Transaction[]) => txs.map((t) => t.id);

describe('list: paging, sorting, counting', () => {
  it('pages through everything exactly once, newest first by default', () => {
    expect(all.length).toBeGreaterThan(400);
    expect(new Set(ids(all)).size).toBe(all.length);
    const times = all.map((t) => Date.parse(t.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('defaults to 20 items and honours skip/limit', async () => {
    const sb = sandbox();
    expect((await sb.listOk()).data).toHaveLength(20);
    const page = await sb.listOk({ skip: 37, limit: 13 });
    expect(ids(page.data)).toEqual(ids(all.slice(37, 50)));
    expect(page.count).toBe(all.length);
    expect((await sb.listOk({ skip: all.length + 5 })).data).toEqual([]);
  });

  it.each(['ASC', 'asc', 'DESC', 'desc'])('sorts by createdAt %s', async (order) => {
    const page = await sandbox().listOk({ sortBy: 'createdAt', sortOrder: order, limit: 30, skip: 5 });
    const expected = order.toUpperCase() === 'ASC' ? [...all].reverse() : all;
    expect(ids(page.data)).toEqual(ids(expected.slice(5, 35)));
  });

  it.each([
    { status: 'COMPLETED' },
    { type: 'OFF_RAMP' },
    { fiatCurrency: 'EUR' },
    { status: 'COMPLETED', type: 'ON_RAMP' },
    { status: 'CRYPTO_RECEIVED', type: 'OFF_RAMP', fiatCurrency: 'MXN' },
    { type: 'CROSS_RAMP', fiatCurrency: 'USD' },
  ] as Record<string, string>[])('combines filters %o like a brute-force filter', async (filters) => {
    const expected = all.filter((t) => Object.entries(filters).every(([k, v]) => t[k] === v));
    expect(expected.length).toBeGreaterThan(0);
    const page = await sandbox().listOk({ ...filters, limit: 100 });
    expect(page.count).toBe(expected.length);
    expect(ids(page.data)).toEqual(ids(expected.slice(0, 100)));
    const asc = await sandbox().listOk({ ...filters, limit: 7, skip: 2, sortOrder: 'ASC' });
    expect(ids(asc.data)).toEqual(ids([...expected].reverse().slice(2, 9)));
  });

  it('filters by userId (alone and with type) and by id', async () => {
    const sb = sandbox();
    const user = all[3]!.userId;
    const mine = all.filter((t) => t.userId === user);
    const page = await sb.listOk({ userId: user, limit: 100 });
    expect(ids(page.data)).toEqual(ids(mine));
    const offRamps = await sb.listOk({ userId: user, type: 'OFF_RAMP', limit: 100 });
    expect(ids(offRamps.data)).toEqual(ids(mine.filter((t) => t.type === 'OFF_RAMP')));
    const one = await sb.listOk({ id: all[10]!.id });
    expect(one).toEqual({ count: 1, data: [all[10]] });
    expect((await sb.listOk({ id: all[10]!.id.toUpperCase() })).count).toBe(1);
    expect(
      (await sb.listOk({ id: all[10]!.id, type: all[10]!.type === 'ON_RAMP' ? 'OFF_RAMP' : 'ON_RAMP' }))
        .count,
    ).toBe(0);
  });

  it('answers an empty page for an unknown user or id', async () => {
    const sb = sandbox();
    const nobody = '8374f327-38bd-4b0b-b8a7-2524599eb903';
    expect(await sb.listOk({ userId: nobody })).toEqual({ count: 0, data: [] });
    expect(await sb.listOk({ id: nobody })).toEqual({ count: 0, data: [] });
  });
});

describe('list: scoping', () => {
  it("never shows another partner's transactions, not even by id or userId", async () => {
    const sb = sandbox();
    const theirs = await sb.listOk({ limit: 100 }, sb.otherKey);
    expect(theirs.count).toBeGreaterThan(0);
    const mine = new Set(ids(all));
    expect(theirs.data.some((t) => mine.has(t.id))).toBe(false);
    expect(theirs.count + all.length).toBe(700);
    expect((await sb.listOk({ id: theirs.data[0]!.id })).count).toBe(0);
    expect((await sb.listOk({ userId: theirs.data[0]!.userId })).count).toBe(0);
  });

  it('gives an empty page, not an error, for the other partner id', async () => {
    const sb = sandbox();
    expect(await sb.listOk({ partnerId: sb.partners[1].id })).toEqual({ count: 0, data: [] });
    expect((await sb.listOk({ partnerId: sb.partners[0].id })).count).toBe(all.length);
  });
});

describe('list: bad input is a 400 naming the problem', () => {
  it.each([
    ['status=BOGUS', /status/],
    ['type=SIDEWAYS_RAMP', /type/],
    ['fiatCurrency=GBP', /fiatCurrency/],
    ['limit=0', /limit/],
    ['limit=101', /limit/],
    ['limit=ten', /limit/],
    ['skip=-1', /skip/],
    ['id=123', /id.*UUID/],
    ['userId=abc', /userId.*UUID/],
    ['partnerId=abc', /partnerId.*UUID/],
    ['sortBy=amount', /sortBy/],
    ['sortOrder=UP', /sortOrder/],
    ['colour=blue', /colour/],
    ['status=PENDING&status=COMPLETED', /status.*more than once/],
  ])('%s', async (query, pattern) => {
    const sb = sandbox();
    const res = await fetch(`${sb.url}/api/partner/v2/transactions?${query}`, {
      headers: { 'partner-api-key': sb.key },
    });
    const error = await errorOf(res);
    expect(error).toMatchObject({ status: 400, code: 'INVALID_USER_INPUT_ERROR' });
    expect(error.message).toMatch(pattern);
  });
});
