/**
 * The upstream client's test stack, shared by the client-*.test.ts files: the whole BFF on a tiny
 * local upstream that can misbehave in ways the sandbox does not offer (SECURITY U1–U3, P2,
 * K1–K3). useClientStack() registers the hooks: each test's stacks close after it and, after all,
 * the partner key (a canary) must have travelled upstream yet never reached an answer or a log.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { afterAll, afterEach, expect } from 'vitest';
import type { ApiError } from '../../contract/api';
import examples from '../../contract/fixtures/capa-list-examples.json';
import type { UpstreamConfig } from '../config/config';
import {
  CANARY_KEY,
  fakeUpstream,
  json,
  startBff,
  type Bff,
  type FakeUpstream,
  type HttpResult,
} from './harness';

export const TX_ID = '8374f327-38bd-4b0b-b8a7-2524599eb903';
export const EMPTY_LIST = { success: true, data: { count: 0, data: [] } };
/** An execute of a new transaction each time: the tests share one database, where an intent stays. */
export const EXECUTE = () =>
  [
    'POST',
    `/api/transactions/${randomUUID()}/execute`,
    { headers: { 'content-type': 'application/json' }, body: '{}' },
  ] as const;

const EXAMPLE = examples.examples[0]!.data.data[0];

/** The execute's fresh read (a GET by id) finds that transaction, executable; the POST gets `post`. */
export function readsThen(post: http.RequestListener): http.RequestListener {
  return (req, res) => {
    if (req.method !== 'GET') return post(req, res);
    const id = new URL(req.url ?? '/', 'http://x').searchParams.get('id');
    const tx = { ...EXAMPLE, id, type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED' };
    json(res, 200, { success: true, data: { count: 1, data: [tx] } });
  };
}

const opened: { bff: Bff; upstream?: FakeUpstream }[] = [];
const everyTranscript: string[] = [];
const everyLog: string[] = [];
const keysSeenUpstream: string[] = [];

/** Closes `bff` (and its fake upstream) after the test, and scans what it said for the key. */
export function keep(bff: Bff, upstream?: FakeUpstream) {
  opened.push({ bff, upstream });
}

/** A BFF whose upstream answers with `handler`, with the canary key and these upstream settings. */
export async function stack(handler: http.RequestListener, upstream: Partial<UpstreamConfig> = {}) {
  const fake = await fakeUpstream(handler);
  const bff = await startBff({ upstream: { baseUrl: fake.url, apiKey: CANARY_KEY, ...upstream } });
  keep(bff, fake);
  return { bff, fake };
}

export function useClientStack() {
  afterEach(async () => {
    for (const { bff, upstream } of opened.splice(0)) {
      everyTranscript.push(...bff.transcript);
      everyLog.push(...bff.logs);
      keysSeenUpstream.push(...(upstream?.calls ?? []).map((c) => String(c.headers['partner-api-key'])));
      await bff.close();
      await upstream?.close();
    }
  });

  afterAll(() => {
    // The canary did travel upstream, so its absence below means something (SECURITY K1, K2).
    expect(keysSeenUpstream).toContain(CANARY_KEY);
    expect(everyTranscript.length).toBeGreaterThan(0);
    expect(everyTranscript.join('\n')).not.toContain(CANARY_KEY);
    expect(everyLog.join('\n')).not.toContain(CANARY_KEY);
    expect(everyTranscript.join('\n')).not.toMatch(/127\.0\.0\.1:\d+\/api\/partner|at .*\.ts:\d+/);
  });
}

/** The answer is `status` with an error body of `code` and a request id; returns its message. */
export function expectError(res: HttpResult, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = res.json() as ApiError;
  expect(body.error.code).toBe(code);
  expect(body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  return body.error.message;
}
