/** /health/ready against the sandbox: what it costs the partner's Capa quota, and who learns why (L2). */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { READINESS_PATH, type ReadinessReport } from '../../contract/readiness-api';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import {
  CANARY_KEY,
  expectNoSecrets,
  sandboxControl,
  startBff,
  type Bff,
  type SandboxControl,
} from '../test-support/harness';
import { sharedTestDatabase } from '../test-support/test-agents';

let sandbox: RunningSandbox;
let control: SandboxControl;
let bff: Bff;
let now = Date.now();
const started: Bff[] = [];

async function bffWith(apiKey: string, deps: Parameters<typeof startBff>[1] = {}) {
  const b = await startBff({ upstream: { baseUrl: sandbox.url, apiKey } }, deps);
  started.push(b);
  return b;
}

const ready = (b: Bff) => b.request('GET', '/health/ready', { as: null });
const report = async (b: Bff) => {
  const res = await b.request('GET', READINESS_PATH, { as: 'admin' });
  expect(res.status).toBe(200);
  return res.json() as ReadinessReport;
};

beforeAll(async () => {
  sandbox = await startSandbox({ size: 50, seed: 3 });
  control = sandboxControl(sandbox.url);
  bff = await bffWith(sandbox.partners[0].apiKey, { clock: () => new Date(now) });
});

afterAll(async () => {
  expectNoSecrets(
    started.flatMap((b) => [...b.transcript, ...b.logs]),
    [...sandbox.partners.map((p) => p.apiKey), CANARY_KEY],
  );
  for (const b of started) await b.close();
  await sandbox.close();
});

beforeEach(async () => {
  await control.clearFaults();
  await control.resetCalls();
  // Past any answer an earlier test left in the cache.
  now += 60_000;
});

describe('/health/ready (SECURITY L2)', () => {
  it('L2: 50 anonymous calls in a second cause at most 2 Capa calls, concurrent or one after another', async () => {
    const burst = await Promise.all(Array.from({ length: 25 }, () => ready(bff)));
    for (let i = 0; i < 25; i++) burst.push(await ready(bff));
    expect(burst.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(burst.every((r) => r.text === '{"status":"ok"}')).toBe(true);
    expect((await control.calls()).list).toBeLessThanOrEqual(2);
    expect((await control.calls()).list).toBeGreaterThanOrEqual(1);
  });

  it('L2: a failure is cached too, and the window passing brings a fresh check', async () => {
    await control.fault({ route: 'list', status: 500, times: 0 });
    for (let i = 0; i < 10; i++) expect((await ready(bff)).status).toBe(503);
    expect((await control.calls()).list).toBe(1);
    now += 4_000;
    await control.clearFaults();
    expect((await ready(bff)).status).toBe(503);
    expect((await control.calls()).list).toBe(1);
    now += 1_500;
    expect((await ready(bff)).status).toBe(200);
    expect((await control.calls()).list).toBe(2);
  });

  it('L2: anonymous callers learn only "unavailable"; admins and the log learn which check and why', async () => {
    await control.fault({ route: 'list', status: 503, times: 0 });
    const res = await ready(bff);
    expect(res.status).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable' });
    expect(await report(bff)).toMatchObject({
      ready: false,
      failedCheck: 'capa',
      capaError: 'UPSTREAM_UNAVAILABLE',
      upstreamStatus: 503,
      keyProblem: null,
    });
    // The admin's report is the same cached answer: it costs Capa nothing more.
    expect((await control.calls()).list).toBe(1);
    expect(bff.logs.some((l) => l.includes('not ready: capa') && l.includes('UPSTREAM_UNAVAILABLE'))).toBe(
      true,
    );
  });

  it.each([
    ['no key', '', 'KEY_MISSING'],
    ['a malformed key', 'not-a-key', 'KEY_FORMAT_INVALID'],
    ['a well-formed key Capa does not know', CANARY_KEY, 'KEY_INVALID'],
  ])(
    'L2: with %s, admins see which of Capa’s 401s came back; anonymous callers do not',
    async (_n, key, keyProblem) => {
      const wrong = await bffWith(key);
      const res = await ready(wrong);
      expect(res.status).toBe(503);
      expect(res.text).toBe('{"status":"unavailable"}');
      expect(await report(wrong)).toMatchObject({
        failedCheck: 'capa',
        capaError: 'UPSTREAM_AUTH_FAILED',
        upstreamStatus: 401,
        keyProblem,
      });
      expect(wrong.logs.some((l) => l.includes(`"keyProblem":"${keyProblem}"`))).toBe(true);
    },
  );

  it('L2: Capa’s own words for anything else are not repeated, even to admins', async () => {
    await control.fault({
      route: 'list',
      status: 401,
      body: { success: false, error: { code: 'UNAUTHORIZED', message: 'key 1234 revoked by ops@capa' } },
    });
    const body = await report(bff);
    expect(body).toMatchObject({ capaError: 'UPSTREAM_AUTH_FAILED', keyProblem: 'KEY_REFUSED' });
    expect(JSON.stringify(body)).not.toContain('revoked');
  });

  it('L4: with the database down, admins see it was the database and Capa was not asked', async () => {
    const database = { ...(await sharedTestDatabase()), ping: () => Promise.reject(new Error('down')) };
    const sick = await bffWith(sandbox.partners[0].apiKey, { database });
    expect((await ready(sick)).json()).toEqual({ status: 'unavailable' });
    expect(await report(sick)).toMatchObject({ ready: false, failedCheck: 'database', capaError: null });
    expect((await control.calls()).list).toBe(0);
  });
});
