/**
 * Fuzzing every /api route Fastify registered (collected by an onRoute hook, so a route added later
 * is fuzzed too) with valid and hostile paths, queries, headers and bodies, at least 10,000 cases:
 * - no unmapped 5xx: every error is our JSON error with a known code, and a 5xx is never the
 *   generic INTERNAL_ERROR (which means an exception nobody put in words);
 * - no crash: /health/live answers after every case;
 * - no partner key in any response byte, whether Capa accepts the key or refuses it (K1);
 * - no upstream call for input the BFF refuses (P1, P3), counted at the sandbox.
 * Requests go through app.inject (no sockets) to a real sandbox, so valid input reaches Capa.
 * Upstream requests are counted as undici creates them (its diagnostics channel), which sees every
 * request the BFF's client sends without a round trip to the sandbox per case.
 * FUZZ_RUNS overrides the number of cases.
 */
import diagnostics from 'node:diagnostics_channel';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_ERROR_CODES } from '../../contract/api';
import { AGENT_ROLES, type AgentRole } from '../../contract/auth';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { createAgentsRepo } from '../agents/agents-repo';
import type * as password from '../agents/password';
import { SESSION_COOKIE } from '../auth/session-cookie';
import {
  CANARY_KEY,
  buildTestApp,
  expectNoSecrets,
  routeCollector,
  sandboxControl,
  type SandboxControl,
  type SeenRoute,
} from '../test-support/harness';
import { extraHeaders, hostileBody, pathTrick, queryString } from '../test-support/hostile-inputs';
import { sessionCookieFor, sharedTestDatabase, testAgent } from '../test-support/test-agents';

// The KDF's cost is deliberate (A4, password.test.ts); here it would only slow the run down.
vi.mock('../agents/password', async (importOriginal) => {
  const original = await importOriginal<typeof password>();
  const { randomBytes, scryptSync } = await import('node:crypto');
  const cheap = async (plain: string) => {
    const salt = randomBytes(16);
    const key = scryptSync(plain, salt, 32, { N: 16, r: 1, p: 1 });
    return ['scrypt', 16, 1, 1, salt.toString('base64'), key.toString('base64')].join('$');
  };
  const dummy = cheap(original.generatePassword());
  return { ...original, hashPassword: cheap, dummyHash: () => dummy };
});

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const KNOWN_CODES = new Set<string>(API_ERROR_CODES);
/** Codes that mean "your request was refused as it stood": none of them may cost a Capa call. */
const INPUT_REFUSALS = new Set([
  'VALIDATION_ERROR',
  'BAD_REQUEST',
  'NOT_FOUND',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CSRF_REQUIRED',
  'CROSS_ORIGIN_REFUSED',
]);

let sandbox: RunningSandbox;
let control: SandboxControl;
let apps: FastifyInstance[];
let routes: SeenRoute[];
let keys: string[];
let ids: string[];
const cookies = new Map<AgentRole, string>();

beforeAll(async () => {
  sandbox = await startSandbox({ size: 200, seed: 23, lifecycleStepMs: 60_000 });
  control = sandboxControl(sandbox.url);
  keys = [...sandbox.partners.map((p) => p.apiKey), CANARY_KEY];
  const collector = routeCollector();
  const upstream = { baseUrl: sandbox.url, listRetries: 0 };
  // One BFF whose key Capa accepts (requests go all the way), one whose key it refuses (U3).
  apps = [
    await buildTestApp({ upstream: { ...upstream, apiKey: keys[0]! } }, { onRoute: collector.onRoute }),
    await buildTestApp({ upstream: { ...upstream, apiKey: CANARY_KEY } }),
  ];
  routes = collector.routes().filter((r) => r.url.startsWith('/api'));
  const database = await sharedTestDatabase();
  for (const role of AGENT_ROLES)
    cookies.set(role, await sessionCookieFor(database, await testAgent(database, role)));
  // Real ids to aim at: executable off-ramps, other transactions, and agents nobody signs in as.
  const executable = [];
  for (let i = 0; i < 5; i++)
    executable.push(await control.create({ type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED' }));
  const res = await fetch(`${sandbox.url}/api/partner/v2/transactions?limit=10`, {
    headers: { 'partner-api-key': keys[0]! },
  });
  const listed = ((await res.json()) as { data: { data: { id: string }[] } }).data.data;
  const agents = createAgentsRepo(database.db);
  const victims = [];
  for (let i = 0; i < 3; i++)
    victims.push(
      await agents.create({
        email: `victim-${i}@example.com`,
        displayName: 'Victim',
        role: 'viewer',
        password: null,
      }),
    );
  ids = [...executable, ...listed, ...victims].map((x) => x.id);
  diagnostics.subscribe('undici:request:create', countSent);
}, 60_000);

afterAll(async () => {
  diagnostics.unsubscribe('undici:request:create', countSent);
  for (const app of apps) await app.close();
  await sandbox.close();
});

const keyOf = (r: SeenRoute) => `${r.method} ${r.url}`;

/** Bodies each route accepts, so some requests get past validation. */
function validBody(route: SeenRoute): fc.Arbitrary<string> {
  switch (keyOf(route)) {
    case 'POST /api/auth/sign-in':
      return fc.constant('{"email":"nobody@example.com","password":"wrong password 1"}');
    case 'POST /api/agents':
      return fc
        .record({
          email: fc.emailAddress(),
          displayName: fc.string({ minLength: 1, maxLength: 20 }),
          role: fc.constantFrom(...AGENT_ROLES),
        })
        .map((b) => JSON.stringify(b));
    case 'PATCH /api/agents/:id':
      return fc.constantFrom('{"role":"operator"}', '{"disabled":true}', '{"disabled":false}');
    case 'POST /api/transactions/:id/notes':
      return fc.string({ maxLength: 1100 }).map((text) => JSON.stringify({ text }));
    case 'POST /api/transactions/:id/execute':
      return fc.constantFrom(
        '{}',
        `{"transactionHash":"0x${'ab'.repeat(32)}"}`,
        '{"transactionHash":"not a hash"}',
      );
    default:
      return fc.constant('{}');
  }
}

const caseFor = (route: SeenRoute) =>
  fc.record({
    route: fc.constant(route),
    app: fc.nat({ max: 1 }),
    method: fc.oneof(
      { arbitrary: fc.constant(route.method), weight: 12 },
      fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
    ),
    id: fc.oneof(
      { arbitrary: fc.constantFrom(...ids), weight: 3 },
      { arbitrary: fc.uuid(), weight: 2 },
      { arbitrary: pathTrick, weight: 2 },
    ),
    query: queryString,
    role: fc.oneof(
      { arbitrary: fc.constantFrom(...AGENT_ROLES), weight: 6 },
      fc.constantFrom(null, 'forged' as const),
    ),
    csrf: fc.oneof(
      { arbitrary: fc.constant('1'), weight: 8 },
      fc.constantFrom(undefined, '0', '1 1', 'true'),
    ),
    contentType: fc.oneof(
      { arbitrary: fc.constant('application/json'), weight: 8 },
      fc.constantFrom(
        undefined,
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/json; charset=utf-16',
        'multipart/form-data; boundary=x',
      ),
    ),
    extra: fc.oneof({ arbitrary: fc.constant({}), weight: 3 }, extraHeaders),
    body:
      route.url === '/api/auth/sign-in'
        ? fc.oneof({ arbitrary: hostileBody, weight: 4 }, validBody(route))
        : fc.oneof(validBody(route), hostileBody),
  });

let sent = 0;
const countSent = (message: unknown) => {
  const { request } = message as { request: { origin?: string } };
  if (String(request.origin) === sandbox.url) sent++;
};

/** Upstream requests since the last call. */
function upstreamCalls(): number {
  const n = sent;
  sent = 0;
  return n;
}

describe('fuzzing every /api route (SECURITY K1, P1, P3)', () => {
  it(`K1, P1, P3: ${RUNS} cases over every route × path, query, headers and body: no unmapped 5xx, no crash, no key, no Capa call for refused input`, async () => {
    expect(routes.length).toBeGreaterThanOrEqual(11);
    const seen = { statuses: new Map<number, number>(), reachedCapa: 0 };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes).chain(caseFor), async (c) => {
        const app = apps[c.app]!;
        const headers: Record<string, string> = { ...c.extra };
        if (c.role === 'forged') headers.cookie = `${SESSION_COOKIE}=${'x'.repeat(43)}`;
        else if (c.role) headers.cookie = cookies.get(c.role)!;
        if (c.csrf !== undefined) headers['x-csrf'] = c.csrf;
        if (c.contentType !== undefined) headers['content-type'] = c.contentType;
        const sendsBody = c.method !== 'GET' && c.method !== 'HEAD' && c.method !== 'OPTIONS';
        const res = await app.inject({
          method: c.method as 'GET',
          url: `${c.route.url.replace(':id', c.id)}${c.query}`,
          headers,
          ...(sendsBody ? { payload: c.body } : {}),
        });
        seen.statuses.set(res.statusCode, (seen.statuses.get(res.statusCode) ?? 0) + 1);
        expectNoSecrets([res.payload, JSON.stringify(res.headers)], keys);
        const calls = upstreamCalls();
        if (calls > 0) seen.reachedCapa++;
        if (res.statusCode >= 400 && c.method !== 'HEAD') {
          const code: string = res.json().error.code;
          expect(KNOWN_CODES.has(code)).toBe(true);
          if (res.statusCode >= 500) expect(code).not.toBe('INTERNAL_ERROR');
          if (INPUT_REFUSALS.has(code)) expect([code, calls]).toEqual([code, 0]);
        }
        expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
        // A signed-out role needs a new session for the cases that follow.
        if (c.route.url === '/api/auth/sign-out' && res.statusCode < 300 && c.role && c.role !== 'forged') {
          const database = await sharedTestDatabase();
          cookies.set(c.role, await sessionCookieFor(database, await testAgent(database, c.role)));
        }
      }),
      { numRuns: RUNS },
    );
    // The cases were not all refused at the door: many reached Capa and came back 2xx.
    expect(seen.reachedCapa).toBeGreaterThan(RUNS / 50);
    expect([...seen.statuses.keys()].some((s) => s < 300)).toBe(true);
  }, 180_000);
});
