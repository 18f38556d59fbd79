/**
 * The execute route's test stack, shared by execute.test.ts and execute-concurrency.test.ts:
 * call useExecuteStack() at the top of a test file; the exported bindings are live.
 */
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { ApiError } from '../../contract/api';
import type { TransactionAuditResponse } from '../../contract/audit-api';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import {
  expectNoSecrets,
  sandboxControl,
  startBff,
  type Bff,
  type HttpResult,
  type SandboxControl,
} from './harness';

export const STEP_MS = 150;
export const JSON_HEADERS = { 'content-type': 'application/json' };
export const EVM_HASH = `0x${'ab'.repeat(32)}`;

let sandbox: RunningSandbox;
export let bff: Bff;
/** Waits longer for Capa, so a slowed answer keeps an execute in flight while another arrives. */
export let patient: Bff;
export let control: SandboxControl;

/**
 * Registers the stack's hooks in the calling test file: a sandbox (lifecycle steps of STEP_MS),
 * a BFF on it, a patient one (long upstream timeouts) and, after all, a scan of every request and
 * log line of both for the partner keys.
 */
export function useExecuteStack() {
  beforeAll(async () => {
    sandbox = await startSandbox({ size: 200, seed: 3, lifecycleStepMs: STEP_MS });
    control = sandboxControl(sandbox.url);
    bff = await startBff({ upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey } });
    patient = await startBff({
      upstream: {
        baseUrl: sandbox.url,
        apiKey: sandbox.partners[0].apiKey,
        headersTimeoutMs: 10_000,
        callBudgetMs: 10_000,
      },
    });
  });

  afterAll(async () => {
    expectNoSecrets(
      [bff, patient].flatMap((b) => [...b.transcript, ...b.logs]),
      sandbox.partners.map((p) => p.apiKey),
    );
    await bff.close();
    await patient.close();
    await sandbox.close();
  });

  beforeEach(async () => {
    await control.clearFaults();
    await control.resetCalls();
  });
}

export const executable = (fields: Record<string, unknown> = {}) =>
  control.create({
    type: 'OFF_RAMP',
    status: 'CRYPTO_RECEIVED',
    blockchainSymbol: 'POL',
    cryptoAmount: '250',
    ...fields,
  });

export function execute(
  id: string,
  body = '{}',
  headers: Record<string, string> = {},
  as: 'operator' | 'admin' = 'operator',
  via = bff,
) {
  return via.request('POST', `/api/transactions/${id}/execute`, {
    headers: { ...JSON_HEADERS, ...headers },
    body,
    as,
  });
}

export function errorOf(res: HttpResult, status: number, code: string) {
  expect(res.status).toBe(status);
  const { error } = res.json() as ApiError;
  expect(error.code).toBe(code);
  expect(error.requestId).toBe(res.headers['x-request-id']);
  return error;
}

export function auditOf(id: string, as: 'viewer' | 'operator' | 'admin' = 'operator') {
  return bff.request('GET', `/api/transactions/${id}/audit`, { as }).then((r) => {
    expect(r.status).toBe(200);
    return r.json() as TransactionAuditResponse;
  });
}
