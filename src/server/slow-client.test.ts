/** SECURITY L1: a client that sends its request slowly (slowloris) is cut off. */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBff, type Bff } from './test-support/harness';

let bff: Bff;

beforeAll(async () => {
  // Unroutable upstream: nothing here reaches it; short timeouts so the test takes seconds.
  bff = await startBff({
    upstream: { baseUrl: 'http://127.0.0.1:9', apiKey: 'x' },
    serverTimeouts: { headersMs: 600, requestMs: 1_000, checkIntervalMs: 100 },
  });
});

afterAll(async () => {
  await bff.close();
});

/** Sends a request's headers one line at a time, forever; resolves with what came back on close. */
function slowloris(url: string, everyMs: number): Promise<{ closedAfterMs: number; answer: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let answer = '';
    const socket = connect(Number(port), hostname, () => {
      socket.write('GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    });
    let n = 0;
    const drip = setInterval(() => socket.write(`X-Slow-${n++}: a\r\n`), everyMs);
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(drip);
      resolve({ closedAfterMs: Date.now() - started, answer });
    });
    setTimeout(() => {
      clearInterval(drip);
      socket.destroy();
      reject(new Error('the server kept the slow client for 10 s'));
    }, 10_000).unref();
  });
}

describe('slow clients', () => {
  it('L1: a client dribbling its headers is cut off once the headers timeout passes', async () => {
    const { closedAfterMs, answer } = await slowloris(bff.url, 100);
    expect(closedAfterMs).toBeGreaterThanOrEqual(500);
    expect(closedAfterMs).toBeLessThan(5_000);
    // Node answers 408 when it can, and never the route's 200.
    expect(answer).not.toMatch(/^HTTP\/1\.1 200/);
  });

  it('L1: the server still answers everyone else meanwhile', async () => {
    const pending = slowloris(bff.url, 100);
    const res = await fetch(`${bff.url}/health/live`);
    expect(res.status).toBe(200);
    await pending;
  });
});
