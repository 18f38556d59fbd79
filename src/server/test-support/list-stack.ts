/**
 * The list properties' test stack, shared by transactions-window.test.ts and
 * transactions-statuses.test.ts: a sandbox whose lifecycle stands still for the file (an hour a
 * step, so the oracle's rows keep their statuses), a BFF on it, and list() to ask it for a page.
 * Call useListStack() at the top of a test file; the exported bindings are live.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { ApiListResponse } from '../../contract/api';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { sandboxControl, startBff, type Bff, type SandboxControl, type TestConfig } from './harness';
import { allRows, type OracleRow } from './sandbox-oracle';

export let sandbox: RunningSandbox;
export let control: SandboxControl;
export let bff: Bff;

/** Registers the stack's hooks in the calling file (before that file's own beforeAll). */
export function useListStack(options: { size: number; seed: number; config?: Omit<TestConfig, 'upstream'> }) {
  beforeAll(async () => {
    sandbox = await startSandbox({ size: options.size, seed: options.seed, lifecycleStepMs: 3_600_000 });
    control = sandboxControl(sandbox.url);
    bff = await startBff({
      ...options.config,
      upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey },
    });
  });

  afterAll(async () => {
    await bff.close();
    await sandbox.close();
  });
}

/** Every row of a filtered list, oldest first, read straight from the sandbox (the oracle). */
export function sandboxRows(filters: Record<string, string> = {}): Promise<OracleRow[]> {
  return allRows(sandbox.url, sandbox.partners[0].apiKey, filters);
}

/** GET /api/transactions with the query's defined values: the page and its Capa calls. */
export async function list(query: Record<string, string | number | undefined>) {
  const qs = new URLSearchParams(
    Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  );
  const res = await bff.request('GET', `/api/transactions?${qs}`);
  expect(res.status, res.text).toBe(200);
  return { body: res.json() as ApiListResponse, calls: Number(res.headers['x-upstream-calls']) };
}
