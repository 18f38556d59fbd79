import { base58 } from '@scure/base';
import { afterAll, beforeAll } from 'vitest';
import { CAPA_PATHS, capaListResponseSchema, type Transaction } from '../../contract/capa';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../server';

/** Helpers for the sandbox's own tests: real HTTP against a port-0 sandbox. */
export interface TestSandbox extends RunningSandbox {
  key: string;
  otherKey: string;
  list(params?: Record<string, string | number>, key?: string | null): Promise<Response>;
  listOk(
    params?: Record<string, string | number>,
    key?: string,
  ): Promise<{ count: number; data: Transaction[] }>;
  execute(
    body: unknown,
    init?: { key?: string | null; idempotencyKey?: string; contentType?: string },
  ): Promise<Response>;
  control(method: string, path: string, body?: unknown): Promise<Response>;
}

export function wrap(sb: RunningSandbox): TestSandbox {
  const key = sb.partners[0].apiKey;
  const headersFor = (k: string | null | undefined): Record<string, string> =>
    k === null ? {} : { 'partner-api-key': k ?? key };
  const list = (params: Record<string, string | number> = {}, k?: string | null) => {
    const qs = new URLSearchParams(Object.entries(params).map(([n, v]) => [n, String(v)]));
    return fetch(`${sb.url}${CAPA_PATHS.listTransactions}?${qs}`, { headers: headersFor(k) });
  };
  return {
    ...sb,
    key,
    otherKey: sb.partners[1].apiKey,
    list,
    async listOk(params, k) {
      const res = await list(params, k);
      if (res.status !== 200) throw new Error(`list ${res.status}: ${await res.text()}`);
      return capaListResponseSchema.parse(await res.json()).data;
    },
    execute(body, init = {}) {
      const headers: Record<string, string> = {
        ...headersFor(init.key),
        'content-type': init.contentType ?? 'application/json',
      };
      if (init.idempotencyKey !== undefined) headers['idempotency-key'] = init.idempotencyKey;
      return fetch(`${sb.url}${CAPA_PATHS.executeOffRamp}`, {
        method: 'POST',
        headers,
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    },
    control(method, path, body) {
      return fetch(`${sb.url}/__sandbox${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    },
  };
}

/** One sandbox for the whole test file, closed afterwards. */
export function useSandbox(options: SandboxOptions = {}): () => TestSandbox {
  let sb: TestSandbox | undefined;
  beforeAll(async () => {
    sb = wrap(await startSandbox({ port: 0, ...options }));
  });
  afterAll(async () => {
    await sb?.close();
  });
  return () => sb!;
}

/** A fresh executable off-ramp of partner 0 (or 1), created through the control API. */
export async function createOffRamp(
  sb: TestSandbox,
  fields: Record<string, unknown> = {},
): Promise<Transaction> {
  const res = await sb.control('POST', '/transactions', {
    type: 'OFF_RAMP',
    status: 'CRYPTO_RECEIVED',
    ...fields,
  });
  if (res.status !== 201) throw new Error(`create ${res.status}: ${await res.text()}`);
  return (await res.json()) as Transaction;
}

export async function errorOf(res: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await res.json()) as { success: false; error: { code: string; message: string } };
  return { status: res.status, code: body.error.code, message: body.error.message };
}

export const EVM_HASH = '0x' + 'ab'.repeat(32);

/** A hash valid for the chain (EVM and Starknet both take 0x + 64 hex). */
export function hashFor(chain: string | null | undefined, fill = 'ab'): string {
  return chain === 'SOL'
    ? base58.encode(new Uint8Array(64).fill(fill.charCodeAt(0)))
    : '0x' + fill.repeat(32);
}
