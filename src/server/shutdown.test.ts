/**
 * SECURITY L3 with a real process: main.ts on a PGlite data directory, the sandbox slowing or
 * losing the answers of two executes, and SIGTERM while both are in flight.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransactionAuditResponse } from '../contract/audit-api';
import { startSandbox, type RunningSandbox } from '../sandbox/server';
import { openDatabase, type Database } from './db/database';
import { httpRequest, sandboxControl, startBff, type SandboxControl } from './test-support/harness';
import { CSRF, sessionCookieFor, testAgent } from './test-support/test-agents';
import { pgliteSnapshot } from './test-support/test-database';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const HEADERS_TIMEOUT_MS = 4_000;

let sandbox: RunningSandbox;
let control: SandboxControl;
const dataDir = mkdtempSync(path.join(tmpdir(), 'rampdesk-shutdown-'));

beforeAll(async () => {
  sandbox = await startSandbox({ size: 20, seed: 21, lifecycleStepMs: 60_000 });
  control = sandboxControl(sandbox.url);
});

afterAll(async () => {
  await sandbox.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitFor(check: () => boolean | Promise<boolean>, ms: number, what: () => string) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('L3: SIGTERM with executes in flight', () => {
  it(
    'L3: stops accepting, finishes one execute and records the other as unknown, closes the database, exits 0',
    { timeout: 120_000 },
    async () => {
      // The agent and its session go in before the server starts: PGlite has one process at a time.
      let database: Database = await openDatabase({ dataDir, initialSnapshot: await pgliteSnapshot() });
      const cookie = await sessionCookieFor(database, await testAgent(database, 'operator'));
      await database.close();

      const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
        env: {
          PATH: process.env.PATH,
          RAMPDESK_DATA_DIR: dataDir,
          CAPA_API_BASE_URL: sandbox.url,
          CAPA_PARTNER_API_KEY: sandbox.partners[0].apiKey,
          PORT: '0',
          UPSTREAM_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr.on('data', (c: Buffer) => (output += c.toString()));
      await waitFor(
        () => /listening on http:\/\/\S+/.test(output),
        75_000,
        () => output,
      );
      const url = /listening on (http:\/\/\S+)/.exec(output)![1]!;
      const execute = (id: string) =>
        httpRequest(url, 'POST', `/api/transactions/${id}/execute`, {
          headers: { ...CSRF, cookie, 'content-type': 'application/json' },
          body: '{}',
        });
      const executesSeen = async (n: number) => (await control.calls()).execute >= n;
      // Just started, the event loop is still busy (L2 answers 503 meanwhile): wait until it serves.
      const serving = async () =>
        (await httpRequest(url, 'GET', '/api/auth/me', { headers: { ...CSRF, cookie } })).status === 200;
      await waitFor(serving, 30_000, () => 'the server to serve');

      // One answer comes late but within the budget; the other never comes, though Capa acts on it.
      const slow = await control.create({ type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED' });
      const lost = await control.create({ type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED' });
      await control.fault({ route: 'execute', latencyMs: HEADERS_TIMEOUT_MS - 1_000 });
      const slowAnswer = execute(slow.id);
      await waitFor(
        () => executesSeen(1),
        10_000,
        () => 'the first execute at the sandbox',
      );
      await control.fault({ route: 'execute', hang: true, apply: 'after' });
      const lostAnswer = execute(lost.id);
      await waitFor(
        () => executesSeen(2),
        10_000,
        () => 'the second execute at the sandbox',
      );

      child.kill('SIGTERM');
      await waitFor(
        () => /SIGTERM/.test(output),
        5_000,
        () => output,
      );
      // No longer accepting: a new connection is refused while the two are finishing.
      await expect(httpRequest(url, 'GET', '/health/live')).rejects.toThrow(/ECONNREFUSED/);

      const [slowRes, lostRes] = await Promise.all([slowAnswer, lostAnswer]);
      expect(slowRes.status).toBe(200);
      expect([lostRes.status, lostRes.json().error.code]).toEqual([504, 'EXECUTE_OUTCOME_UNKNOWN']);
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(output).not.toContain(sandbox.partners[0].apiKey);

      // The database was closed (its lock released) with both attempts recorded.
      database = await openDatabase({ dataDir });
      const bff = await startBff(
        { upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey } },
        { database },
      );
      try {
        const auditOf = async (id: string) =>
          (await bff.request('GET', `/api/transactions/${id}/audit`)).json() as TransactionAuditResponse;
        expect((await auditOf(slow.id)).items.map((e) => e.outcome)).toEqual(['succeeded']);
        // The restarted server settles the unknown one on the first read: Capa replays its answer.
        await control.clearFaults();
        await control.resetCalls();
        const lostAudit = await auditOf(lost.id);
        expect(lostAudit.items).toHaveLength(1);
        expect(lostAudit.items[0]).toMatchObject({
          outcome: 'succeeded',
          upstreamCode: 'EXECUTE_OUTCOME_UNKNOWN',
        });
        expect(lostAudit.items[0]!.resolvedAt).not.toBeNull();
        expect((await control.calls()).execute).toBe(1);
        expect((await control.get(lost.id)).executed).not.toBeNull();
      } finally {
        await bff.close();
        await database.close();
      }
    },
  );
});
