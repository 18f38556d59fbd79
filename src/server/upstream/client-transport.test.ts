/**
 * An upstream that hangs, stalls, breaks the connection, redirects or shows a certificate that
 * does not verify (SECURITY U1, P2): a bounded wait, a 502/504 in words, and an execute never
 * retried. The stack: test-support/client-stack.ts.
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_LIST,
  EXECUTE,
  expectError,
  keep,
  readsThen,
  stack,
  useClientStack,
} from '../test-support/client-stack';
import { CANARY_KEY, fakeUpstream, json, startBff } from '../test-support/harness';
import { SELF_SIGNED_CERT, SELF_SIGNED_KEY } from '../test-support/self-signed';

useClientStack();

describe('upstream faults: the connection', () => {
  it('a hung upstream gives 504 within the budget (SECURITY U1)', async () => {
    const { bff } = await stack(() => {});
    const started = Date.now();
    expectError(await bff.request('GET', '/api/transactions'), 504, 'UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a body that stalls gives 504', async () => {
    const { bff } = await stack((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"success":true,');
    });
    expectError(await bff.request('GET', '/api/transactions'), 504, 'UPSTREAM_TIMEOUT');
  });

  it('a refused connection gives 502', async () => {
    const { fake } = await stack(() => {});
    const deadUrl = fake.url;
    await fake.close();
    const bff = await startBff({ upstream: { baseUrl: deadUrl, apiKey: CANARY_KEY } });
    keep(bff, fake);
    const message = expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_UNAVAILABLE');
    expect(message).toBe('Capa could not be reached; try again in a minute.');
  });

  it('a truncated body gives 502', async () => {
    const { bff } = await stack((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"success":true,"data":');
      setTimeout(() => res.socket?.destroy(), 30);
    });
    expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_BAD_RESPONSE');
  });

  it('a connection that breaks before the answer gives 502, retried for a list', async () => {
    const { bff, fake } = await stack(
      (req, res) => (req.url?.includes('id=') ? readsThen(() => {})(req, res) : req.socket.destroy()),
      { listRetries: 1 },
    );
    expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_UNAVAILABLE');
    expect(fake.calls).toHaveLength(2);
    expect(expectError(await bff.request(...EXECUTE()), 504, 'EXECUTE_OUTCOME_UNKNOWN')).toMatch(
      /^The connection to Capa broke during the execute, so whether this execute happened is unknown/,
    );
    // The fresh read, then one execute: never retried.
    expect(fake.calls.map((c) => c.method)).toEqual(['GET', 'GET', 'GET', 'POST']);
  });

  it('an execute that times out is tried once and said to have an unknown outcome', async () => {
    const { bff, fake } = await stack(readsThen(() => {}));
    const message = expectError(await bff.request(...EXECUTE()), 504, 'EXECUTE_OUTCOME_UNKNOWN');
    expect(message).toBe(
      'Capa did not answer in time, so whether this execute happened is unknown. Do not start a new one: ' +
        'Rampdesk asks Capa again (with the same Idempotency-Key, so nothing runs twice) when the transaction ' +
        'is next opened. Reload it in a moment.',
    );
    expect(fake.calls.map((c) => c.method)).toEqual(['GET', 'POST']);
  });

  it('P2: a redirect is not followed (502)', async () => {
    const elsewhere = await fakeUpstream((_req, res) => json(res, 200, EMPTY_LIST));
    const { bff, fake } = await stack((_req, res) => {
      res.writeHead(302, { location: `${elsewhere.url}/api/partner/v2/transactions` });
      res.end();
    });
    expect(expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_REFUSED')).toMatch(
      /redirect, which Rampdesk does not follow/,
    );
    expect(fake.calls).toHaveLength(1);
    expect(elsewhere.calls).toHaveLength(0);
    await elsewhere.close();
  });

  it('P2: an upstream certificate that does not verify is refused, and nothing is sent', async () => {
    const received: string[] = [];
    const server = https.createServer({ key: SELF_SIGNED_KEY, cert: SELF_SIGNED_CERT }, (req, res) => {
      received.push(req.url ?? '');
      json(res, 200, EMPTY_LIST);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const bff = await startBff({ upstream: { baseUrl: `https://127.0.0.1:${port}`, apiKey: CANARY_KEY } });
      keep(bff);
      const message = expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_UNAVAILABLE');
      expect(message).toMatch(/certificate could not be verified/);
      expect(received).toEqual([]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
