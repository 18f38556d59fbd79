/**
 * SECURITY K1–K3 as properties: every registered route × generated inputs × upstream faults, with
 * two keys watched for, the sandbox partner's (Capa accepts it, so requests go all the way) and a
 * canary registered nowhere (Capa answers 401, the U3 path). Faults make the sandbox send the key
 * back in bodies and headers, as a careless upstream might.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT_ROLES } from '../../contract/auth';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import {
  CANARY_KEY,
  expectNoSecrets,
  routeCollector,
  sandboxControl,
  startBff,
  type Bff,
  type SandboxControl,
  type SeenRoute,
} from '../test-support/harness';

/** What the BFF may send Capa; anything else (a browser's Cookie, say) must never get there. */
const UPSTREAM_HEADERS = [
  'host',
  'connection',
  'content-length',
  'content-type',
  'accept',
  'user-agent',
  'partner-api-key',
  'idempotency-key',
];

let sandbox: RunningSandbox;
let control: SandboxControl;
const bffs: Bff[] = [];
let routes: SeenRoute[];
let upstreamRoutes: SeenRoute[];
let keys: string[];

beforeAll(async () => {
  sandbox = await startSandbox({ size: 60, seed: 9, lifecycleStepMs: 60_000 });
  control = sandboxControl(sandbox.url);
  keys = [...sandbox.partners.map((p) => p.apiKey), CANARY_KEY];
  const { onRoute, routes: seen } = routeCollector();
  const upstream = { baseUrl: sandbox.url, listRetries: 1, retryAfterCapMs: 50 };
  bffs.push(await startBff({ upstream: { ...upstream, apiKey: sandbox.partners[0].apiKey } }, { onRoute }));
  bffs.push(await startBff({ upstream: { ...upstream, apiKey: CANARY_KEY } }));
  routes = seen().filter((r) => r.url !== '/*' && r.method !== 'HEAD');
  // The routes that call Capa on every request (the audit of a transaction only when settling an E4):
  // the list, its totals and its export, one transaction, the execute, a take and a new note (each
  // reads the transaction first).
  upstreamRoutes = routes.filter(
    (r) =>
      r.url.startsWith('/api/transactions') &&
      !/\/(audit|release|activity)$/.test(r.url) &&
      !(r.method === 'GET' && r.url.endsWith('/notes')),
  );
  expect(upstreamRoutes).toHaveLength(7);
});

afterAll(async () => {
  for (const bff of bffs) await bff.close();
  await sandbox.close();
});

type FaultOf = (key: string) => Record<string, unknown> | null;

/** Upstream behaviours, several of them echoing the key they were sent. */
const FAULTS: FaultOf[] = [
  () => null,
  (key) => ({ status: 500, body: { message: `bad key ${key}` }, headers: { 'x-debug-key': key } }),
  (key) => ({ status: 401, body: { success: false, error: { code: 'UNAUTHORIZED', message: key } } }),
  (key) => ({ status: 429, headers: { 'retry-after': '0', 'x-key': key } }),
  (key) => ({
    status: 400,
    body: { success: false, error: { code: 'INVALID_USER_INPUT_ERROR', message: key } },
  }),
  (key) => ({ redirectTo: `https://elsewhere.example/?k=${key}` }),
  () => ({ nonJson: true }),
  () => ({ malformedJson: true }),
  () => ({ oversizeBytes: 3 * 1024 * 1024 }),
  (key) => ({ headers: { 'set-cookie': `k=${key}`, 'x-key': key } }),
  () => ({ truncated: true }),
  (key) => ({ apply: 'after', status: 502, body: key }),
];

// Weighted towards requests that get through to Capa: that is where a key could come back from.
const segment = fc.oneof(
  { arbitrary: fc.uuid({ version: 4 }), weight: 6 },
  fc.constantFrom('..', '%2e%2e', '%2f', 'x%00', '@evil.example'),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
);

const query = fc.oneof(
  { arbitrary: fc.constantFrom('', '', '?limit=5', '?status=PENDING'), weight: 6 },
  fc.constantFrom('?limit=5', '?limit=101', '?status=PENDING&type=OFF_RAMP', '?limit=1&limit=2', '?skip=-1'),
  fc
    .dictionary(fc.constantFrom('limit', 'id', 'status', 'x', '__proto__'), fc.string({ maxLength: 12 }))
    .map((d) => `?${new URLSearchParams(d).toString()}`),
);

const body = fc.oneof(
  fc.constant('{}'),
  fc.constant(`{"transactionHash":"0x${'ab'.repeat(32)}"}`),
  fc.constant('{"email":"nobody@example.com","password":"wrong password 1"}'),
  fc.constant('{"__proto__":{"x":1}}'),
  fc.json({ maxDepth: 2 }),
  fc.string({ maxLength: 40 }),
);

/** Headers a browser (or an attacker) may send: none of them may reach Capa. */
const browserHeaders = fc.record({
  cookie: fc.constantFrom('sid=1', '__Host-rampdesk_session=abc; other=2'),
  authorization: fc.constantFrom('Bearer agent-token', 'Basic dXNlcjpwYXNz'),
  'x-forwarded-for': fc.constantFrom('10.0.0.1', '1.2.3.4, 5.6.7.8'),
  'x-forwarded-host': fc.constant('evil.example'),
  'x-api-key': fc.constant('browser-supplied'),
  'partner-api-key': fc.constant('browser-supplied'),
});

const role = fc.oneof(
  { arbitrary: fc.constantFrom('operator' as const, 'admin' as const), weight: 4 },
  fc.constantFrom(null, ...AGENT_ROLES),
);

describe('the partner key (SECURITY K1, K2, K3)', () => {
  it('K1, K2, K3: no route, input or upstream fault puts a key in a response byte or log line, and Capa sees only allowlisted headers', async () => {
    let upstreamCalls = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: bffs.length - 1 }),
        fc.oneof({ arbitrary: fc.integer({ min: -7, max: -1 }), weight: 2 }, fc.nat({ max: 1000 })),
        role,
        segment,
        query,
        body,
        browserHeaders,
        fc.constantFrom(...FAULTS),
        async (b, r, role, id, q, payload, headers, faultOf) => {
          const bff = bffs[b]!;
          const route = r < 0 ? upstreamRoutes[-r - 1]! : routes[r % routes.length]!;
          const fault = faultOf(b === 0 ? keys[0]! : CANARY_KEY);
          await control.clearFaults();
          await control.resetCalls();
          if (fault) await control.fault({ route: 'any', times: 0, ...fault });
          const write = route.method !== 'GET';
          await bff.request(route.method, `${route.url.replace(':id', id)}${q}`, {
            as: role,
            headers: { ...headers, ...(write ? { 'content-type': 'application/json' } : {}) },
            body: write ? payload : undefined,
          });
          const { requests } = await control.calls();
          upstreamCalls += requests.length;
          for (const call of requests) {
            expect(call.headers.filter((h) => !UPSTREAM_HEADERS.includes(h))).toEqual([]);
          }
        },
      ),
      { numRuns: 80 },
    );
    await control.clearFaults();
    // Requests did reach Capa carrying a key, so the key's absence below means something.
    expect(upstreamCalls).toBeGreaterThanOrEqual(5);
    expectNoSecrets(
      bffs.flatMap((bff) => [...bff.transcript, ...bff.logs]),
      keys,
    );
    expect(bffs.flatMap((bff) => bff.transcript).join('\n')).not.toMatch(
      /elsewhere\.example|x-debug-key|x-key/,
    );
  });
});
