/**
 * SECURITY P1 and P3: what a client sends cannot steer the BFF's upstream requests, and every
 * input is bounded. Upstream calls are counted at the sandbox; a signed-in admin sends everything,
 * so it is the input checks, not the role checks, that refuse.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { BODY_LIMIT } from '../app';
import {
  routeCollector,
  sandboxControl,
  startBff,
  type Bff,
  type HttpResult,
  type SandboxControl,
  type SeenRoute,
} from '../test-support/harness';
import { pathTrick as trick } from '../test-support/hostile-inputs';

const JSON_TYPE = { 'content-type': 'application/json' };
const LIST_FIELDS = [
  'id',
  'status',
  'type',
  'fiatCurrency',
  'userId',
  'partnerId',
  'skip',
  'limit',
  'sortBy',
  'sortOrder',
];

let sandbox: RunningSandbox;
let control: SandboxControl;
let bff: Bff;
let withId: SeenRoute[];
let writes: SeenRoute[];
let fixedPaths: Set<string>;

beforeAll(async () => {
  sandbox = await startSandbox({ size: 50, seed: 13 });
  control = sandboxControl(sandbox.url);
  const { onRoute, routes } = routeCollector();
  bff = await startBff(
    { upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey } },
    { onRoute },
  );
  const api = routes().filter((r) => r.url.startsWith('/api') && r.method !== 'HEAD');
  withId = api.filter((r) => r.url.includes(':id'));
  fixedPaths = new Set(api.filter((r) => !r.url.includes(':')).map((r) => `${r.method} ${r.url}`));
  writes = api.filter((r) => r.method !== 'GET');
  expect(withId.length).toBeGreaterThanOrEqual(4);
});

afterAll(async () => {
  await bff.close();
  await sandbox.close();
});

beforeEach(async () => {
  await control.resetCalls();
});

async function upstreamCalls() {
  const calls = await control.calls();
  return calls.list + calls.execute + calls.other;
}

const send = (route: SeenRoute, url: string, body = '{}') =>
  bff.request(route.method, url, {
    as: 'admin',
    headers: route.method === 'GET' ? {} : JSON_TYPE,
    body: route.method === 'GET' ? undefined : body,
  });

describe('not an open proxy (SECURITY P1)', () => {
  it('P1: path tricks in the id segment of every route give 400/404 and no upstream call', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...withId), trick, async (route, segment) => {
        const url = route.url.replace(':id', segment);
        const res = await send(route, url);
        // The client resolves dot segments before sending: /api/transactions/../audit asks for
        // /api/audit, another route, which answers as itself (and calls no upstream either).
        if (fixedPaths.has(`${route.method} ${new URL(url, bff.url).pathname}`)) return;
        expect([route.url, segment, [400, 404].includes(res.status)]).toEqual([route.url, segment, true]);
      }),
      { numRuns: 80 },
    );
    expect(await upstreamCalls()).toBe(0);
  });

  it('P1: tricks in any query parameter of the list give 400 and no upstream call', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...LIST_FIELDS, 'url', 'host', '__proto__'),
        trick,
        async (field, value) => {
          const res = await bff.request('GET', `/api/transactions?${field}=${value}`);
          expect([field, value, res.status]).toEqual([field, value, 400]);
        },
      ),
      { numRuns: 80 },
    );
    expect(await upstreamCalls()).toBe(0);
  });
});

function expectRefused(res: HttpResult, status: number, code: string) {
  expect([res.status, res.json().error.code]).toEqual([status, code]);
}

describe('bounded inputs (SECURITY P3)', () => {
  it.each([
    ['limit=0', 'must be at least 1'],
    ['limit=101', 'must be at most 100'],
    ['limit=1e2', 'must be a whole number'],
    ['skip=10000000000', 'must be a whole number'],
    ['status=PENDING&status=FAILED', 'given more than once'],
    ['limit=5&limit=5', 'given more than once'],
    ['type=off_ramp', 'must be ON_RAMP, OFF_RAMP or CROSS_RAMP'],
  ])('P3: the list refuses %s before calling Capa', async (query, message) => {
    const res = await bff.request('GET', `/api/transactions?${query}`);
    expectRefused(res, 400, 'VALIDATION_ERROR');
    expect(res.json().error.message).toContain(message);
    expect(await upstreamCalls()).toBe(0);
  });

  it('P3: limit 1 and 100 are accepted', async () => {
    for (const limit of [1, 100])
      expect((await bff.request('GET', `/api/transactions?limit=${limit}`)).status).toBe(200);
  });

  it('P3: a body over 16 KiB is 413 on every write route', async () => {
    const big = JSON.stringify({ email: 'a'.repeat(BODY_LIMIT) });
    for (const route of writes) {
      expectRefused(
        await send(route, route.url.replace(':id', crypto.randomUUID()), big),
        413,
        'PAYLOAD_TOO_LARGE',
      );
    }
    expect(await upstreamCalls()).toBe(0);
  });

  it('P3: prototype-poisoning bodies are refused on every write route', async () => {
    for (const route of writes) {
      for (const poison of [
        '{"__proto__":{"role":"admin"}}',
        '{"constructor":{"prototype":{"role":"admin"}}}',
      ]) {
        const res = await send(route, route.url.replace(':id', crypto.randomUUID()), poison);
        expectRefused(res, 400, 'BAD_REQUEST');
      }
    }
    expect(await upstreamCalls()).toBe(0);
  });

  it.each([
    ['sign-in email', '/api/auth/sign-in', { email: 'a'.repeat(255), password: 'x' }, 'email'],
    [
      'sign-in password',
      '/api/auth/sign-in',
      { email: 'a@example.com', password: 'x'.repeat(257) },
      'password',
    ],
    [
      'an extra sign-in field',
      '/api/auth/sign-in',
      { email: 'a@example.com', password: 'x', admin: true },
      'admin',
    ],
    ['an agent role', '/api/agents', { email: 'b@example.com', displayName: 'B', role: 'root' }, 'role'],
    [
      'an agent name',
      '/api/agents',
      { email: 'b@example.com', displayName: 'B'.repeat(101), role: 'viewer' },
      'displayName',
    ],
    ['an agent email', '/api/agents', { email: 'not-an-email', displayName: 'B', role: 'viewer' }, 'email'],
  ])('P3: %s out of bounds is a 400 naming the field', async (_name, url, body, field) => {
    const res = await bff.request('POST', url, {
      as: 'admin',
      headers: JSON_TYPE,
      body: JSON.stringify(body),
    });
    expectRefused(res, 400, 'VALIDATION_ERROR');
    expect(res.json().error.fields).toHaveProperty(field);
  });
});
