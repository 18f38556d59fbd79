import { test } from '@playwright/test';

/** Where the running test's stack has its sandbox (playwright.config.ts, one stack per project). */
const sandboxUrl = () => String(test.info().project.metadata.sandboxUrl);

async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sandboxUrl()}/__sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`sandbox ${method} ${path} failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Capa's own list, straight from the sandbox with the partner key: ids to open, even when signed out. */
async function list(query: string): Promise<{ items: { id: string; type: string; status: string }[] }> {
  const { partners } = await sandbox.info();
  const res = await fetch(`${sandboxUrl()}/api/partner/v2/transactions?${query}`, {
    headers: { 'partner-api-key': partners[0]!.apiKey },
  });
  if (!res.ok) throw new Error(`sandbox list ${query} failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { data: { data: { id: string; type: string; status: string }[] } };
  return { items: body.data.data };
}

/** A transaction as the sandbox's control API shows it (src/sandbox), with its execute if any. */
export interface SandboxTransaction {
  id: string;
  status: string;
  blockchainSymbol: string;
  executed: { at: string; hash: string | null } | null;
}

export const sandbox = {
  reset: () => control('POST', '/reset'),
  info: () => control<{ partners: { id: string; name: string; apiKey: string }[] }>('GET', '/info'),
  calls: () =>
    control<{
      list: number;
      execute: number;
      other: number;
      requests: { path: string; query: Record<string, string | string[]> }[];
    }>('GET', '/calls'),
  /** Inject an upstream fault (src/sandbox/faults.ts); `times: 0` keeps it until cleared. */
  fault: (fault: { route: 'list' | 'execute' | 'any'; times?: number; [name: string]: unknown }) =>
    control('POST', '/faults', fault),
  clearFaults: () => control('DELETE', '/faults'),
  /** Adds a transaction with these fields (the rest seeded-looking); `id` may be given. */
  create: (fields: Record<string, unknown>) => control<SandboxTransaction>('POST', '/transactions', fields),
  /** A new off-ramp whose crypto arrived: one an operator can execute, on any run. */
  createExecutableOffRamp: () =>
    control<SandboxTransaction>('POST', '/transactions', {
      id: crypto.randomUUID(),
      type: 'OFF_RAMP',
      status: 'CRYPTO_RECEIVED',
      blockchainSymbol: 'BASE',
      tokenSymbol: 'USDC',
      fiatCurrency: 'MXN',
    }),
  get: (id: string) => control<SandboxTransaction>('GET', `/transactions/${id}`),
  list,
};
