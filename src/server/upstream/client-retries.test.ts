/**
 * What the client retries (SECURITY U2): a 5xx or a 429 for a list, a bounded number of times and
 * only a short Retry-After waited out; never an execute. The stack: test-support/client-stack.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  EMPTY_LIST,
  EXECUTE,
  expectError,
  readsThen,
  stack,
  useClientStack,
} from '../test-support/client-stack';
import { json } from '../test-support/harness';

useClientStack();

describe('upstream faults: retries', () => {
  it('5xx is retried a bounded number of times for a list, never for an execute (SECURITY U2)', async () => {
    const { bff, fake } = await stack(
      (req, res) =>
        req.url?.includes('id=')
          ? readsThen(() => {})(req, res)
          : req.method === 'GET' || req.method === 'POST'
            ? json(res, 500, { message: 'boom' })
            : undefined,
      { listRetries: 2 },
    );
    const message = expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_UNAVAILABLE');
    expect(message).toBe('Capa is having problems; try again in a minute.');
    expect(fake.calls).toHaveLength(3);

    // A 5xx after the request was sent may hide an execute that happened (SECURITY E4).
    const executeMessage = expectError(await bff.request(...EXECUTE()), 504, 'EXECUTE_OUTCOME_UNKNOWN');
    expect(executeMessage).toMatch(
      /^Capa had a problem \(HTTP 500\), so whether this execute happened is unknown/,
    );
    expect(fake.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('a list recovers when a retry succeeds', async () => {
    let n = 0;
    const { bff, fake } = await stack((_req, res) =>
      n++ === 0 ? json(res, 503, {}) : json(res, 200, EMPTY_LIST),
    );
    expect((await bff.request('GET', '/api/transactions')).status).toBe(200);
    expect(fake.calls).toHaveLength(2);
  });

  it('429 honours a short Retry-After, then answers 503 with Retry-After passed on', async () => {
    const { bff, fake } = await stack((_req, res) => json(res, 429, {}, { 'retry-after': '1' }), {
      listRetries: 1,
    });
    const started = Date.now();
    const res = await bff.request('GET', '/api/transactions');
    expectError(res, 503, 'UPSTREAM_RATE_LIMITED');
    expect(res.headers['retry-after']).toBe('1');
    expect(fake.calls).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('429 with a long Retry-After is not waited out, and the wait passed on is bounded', async () => {
    const { bff, fake } = await stack((_req, res) => json(res, 429, {}, { 'retry-after': '86400' }));
    const res = await bff.request('GET', '/api/transactions');
    expectError(res, 503, 'UPSTREAM_RATE_LIMITED');
    expect(res.headers['retry-after']).toBe('120');
    expect(fake.calls).toHaveLength(1);
  });
});
