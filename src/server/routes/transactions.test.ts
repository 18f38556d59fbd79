import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError, ApiListResponse } from '../../contract/api';
import { TRANSACTION_STATUSES } from '../../contract/statuses';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import {
  expectNoSecrets,
  sandboxControl,
  startBff,
  type Bff,
  type SandboxControl,
} from '../test-support/harness';

let sandbox: RunningSandbox;
let bff: Bff;
let control: SandboxControl;

beforeAll(async () => {
  sandbox = await startSandbox({ size: 400, seed: 7 });
  control = sandboxControl(sandbox.url);
  bff = await startBff({ upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey } });
});

afterAll(async () => {
  expectNoSecrets(
    [...bff.transcript, ...bff.logs],
    sandbox.partners.map((p) => p.apiKey),
  );
  await bff.close();
  await sandbox.close();
});

beforeEach(async () => {
  await control.resetCalls();
});

async function list(query: string) {
  const res = await bff.request('GET', `/api/transactions${query}`);
  expect(res.status).toBe(200);
  return res.json() as ApiListResponse;
}

async function expectRefusedWithoutUpstream(path: string, field: string, message: RegExp) {
  const res = await bff.request('GET', path);
  expect(res.status).toBe(400);
  const { error } = res.json() as ApiError;
  expect(error.code).toBe('VALIDATION_ERROR');
  expect(error.message).toMatch(message);
  expect(error.fields).toHaveProperty(field);
  expect(error.requestId).toBe(res.headers['x-request-id']);
  expect((await control.calls()).list).toBe(0);
}

describe('GET /api/transactions', () => {
  it('passes filters through and reports the total', async () => {
    // Filter by the values of a transaction that exists, so the answer cannot be empty.
    const all = await list('?limit=1&skip=17');
    const { type, status, fiatCurrency } = all.items[0]!;
    await control.resetCalls();
    const page = await list(`?type=${type}&status=${status}&fiatCurrency=${fiatCurrency}&limit=100`);
    expect(page.total).toBeGreaterThan(0);
    expect(page.total).toBeLessThan(all.total);
    expect(page.items.length).toBe(Math.min(page.total, 100));
    for (const tx of page.items) expect(tx).toMatchObject({ type, status, fiatCurrency });
    const [call] = (await control.calls()).requests;
    expect(call?.query).toMatchObject({ type, status, fiatCurrency, limit: '100' });
  });

  it('pages with skip and limit, with the defaults stated in the answer', async () => {
    const first = await list('');
    expect(first).toMatchObject({ skip: 0, limit: 20 });
    expect(first.items).toHaveLength(20);
    const a = await list('?skip=0&limit=10');
    const b = await list('?skip=10&limit=10');
    expect(b).toMatchObject({ skip: 10, limit: 10, total: a.total });
    expect([...a.items, ...b.items].map((t) => t.id)).toEqual(first.items.map((t) => t.id));
  });

  it('sorts by createdAt both ways, sortOrder in either case', async () => {
    const desc = (await list('?limit=50&sortBy=createdAt&sortOrder=DESC')).items.map((t) => t.createdAt);
    const asc = (await list('?limit=50&sortOrder=asc')).items.map((t) => t.createdAt);
    expect(desc).toEqual([...desc].sort().reverse());
    expect(asc).toEqual([...asc].sort());
    expect(asc[0]! < desc[0]!).toBe(true);
  });

  it('refuses limit=101 before anything goes upstream', () =>
    expectRefusedWithoutUpstream(
      '/api/transactions?limit=101',
      'limit',
      /^Invalid query parameter limit: must be at most 100\.$/,
    ));

  it('refuses an unknown status, listing the allowed ones', async () => {
    await expectRefusedWithoutUpstream(
      '/api/transactions?status=BOGUS',
      'status',
      /status: names BOGUS, which is not a known transaction status/,
    );
    const res = await bff.request('GET', '/api/transactions?status=BOGUS');
    for (const status of TRANSACTION_STATUSES) expect(res.text).toContain(status);
  });

  it.each([
    ['?limit=0', 'limit', /must be at least 1/],
    ['?limit=ten', 'limit', /limit: must be a whole number/],
    ['?skip=-1', 'skip', /skip: must be a whole number/],
    ['?type=SIDEWAYS', 'type', /^Invalid query parameter type: must be ON_RAMP, OFF_RAMP or CROSS_RAMP\.$/],
    ['?sortOrder=up', 'sortOrder', /^Invalid query parameter sortOrder: must be ASC or DESC\.$/],
    ['?sortBy=amount', 'sortBy', /only createdAt is supported/],
    ['?userId=robert', 'userId', /must be a UUID/],
    ['?password=hunter2', 'password', /^Query parameter password is unknown \(allowed: id, status, type/],
    [
      '?status=PENDING&status=FAILED',
      'status',
      /^Query parameter status is given more than once; give it once\.$/,
    ],
    ['?limit=5&limit=5', 'limit', /given more than once/],
  ])('refuses %s with a clear message and no upstream call', (query, field, message) =>
    expectRefusedWithoutUpstream(`/api/transactions${query}`, field, message),
  );
});

describe('GET /api/transactions/:id', () => {
  it('answers the transaction, read through the list filtered by id', async () => {
    const [wanted] = (await list('?limit=3&skip=5')).items;
    await control.resetCalls();
    const res = await bff.request('GET', `/api/transactions/${wanted!.id}`);
    expect(res.status).toBe(200);
    expect(res.json()).toEqual(wanted);
    const { requests } = await control.calls();
    expect(requests.map((r) => r.query)).toEqual([{ id: wanted!.id, limit: '1' }]);
  });

  it('answers an id given in upper case, asking Capa with its canonical lower-case form', async () => {
    const [wanted] = (await list('?limit=1&skip=9')).items;
    await control.resetCalls();
    const res = await bff.request('GET', `/api/transactions/${wanted!.id.toUpperCase()}`);
    expect(res.status).toBe(200);
    expect(res.json()).toEqual(wanted);
    const { requests } = await control.calls();
    expect(requests.map((r) => r.query.id)).toEqual([wanted!.id.toLowerCase()]);
  });

  it('is 404 TRANSACTION_NOT_FOUND for an unknown id and for another partner’s transaction', async () => {
    const theirs = await control.create({ partner: 1 });
    for (const id of ['00000000-0000-4000-8000-000000000000', theirs.id]) {
      const res = await bff.request('GET', `/api/transactions/${id}`);
      expect(res.status).toBe(404);
      expect((res.json() as ApiError).error.code).toBe('TRANSACTION_NOT_FOUND');
    }
  });

  it('refuses an id that is not a UUID, and a query string, without an upstream call', async () => {
    await expectRefusedWithoutUpstream(
      '/api/transactions/not-a-uuid',
      'id',
      /^Invalid path parameter id: must be a UUID/,
    );
    await expectRefusedWithoutUpstream(
      '/api/transactions/00000000-0000-4000-8000-000000000000?limit=1',
      'limit',
      /takes no query parameters/,
    );
  });

  it('P1: no path trick in the id reaches Capa', async () => {
    const tricks = fc.oneof(
      fc.constantFrom(
        '..',
        '%2e%2e',
        '..%2f..%2fadmin',
        '%2f%2fevil.example',
        '@evil.example',
        '..\\..\\',
        '%00',
        '%E2%80%AE',
      ),
      fc.string({ maxLength: 40 }).map(encodeURIComponent),
      fc.string({ minLength: 300, maxLength: 400 }).map(encodeURIComponent),
      fc.uuid().map((id) => `${id}%2f..%2f..`),
    );
    await fc.assert(
      fc.asyncProperty(tricks, fc.constantFrom('GET', 'POST'), async (segment, method) => {
        const path =
          method === 'GET' ? `/api/transactions/${segment}` : `/api/transactions/${segment}/execute`;
        const res = await bff.request(
          method,
          path,
          method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {},
        );
        expect([400, 404]).toContain(res.status);
      }),
      { numRuns: 60 },
    );
    const calls = await control.calls();
    expect(calls.list + calls.execute + calls.other).toBe(0);
  });
});
