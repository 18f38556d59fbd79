/**
 * SECURITY E2 across BFF instances: two servers on one PostgreSQL, as behind a load balancer, each
 * with its own pool. PostgreSQL only (PGlite is one process's database): without TEST_DATABASE_URL
 * this suite is reported as skipped, never as passed; CI (.ci/run) sets it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransactionAuditResponse } from '../../contract/audit-api';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { openDatabase, type Database } from '../db/database';
import { sandboxControl, startBff, type Bff, type SandboxControl } from '../test-support/harness';
import { createScratchPostgres } from '../test-support/test-database';

describe.runIf(process.env.TEST_DATABASE_URL)('two BFF instances on one PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
  let sandbox: RunningSandbox;
  let control: SandboxControl;
  const databases: Database[] = [];
  const bffs: Bff[] = [];

  beforeAll(async () => {
    scratch = await createScratchPostgres();
    sandbox = await startSandbox({ size: 20, seed: 23, lifecycleStepMs: 60_000 });
    control = sandboxControl(sandbox.url);
    for (let i = 0; i < 2; i++) {
      const database = await openDatabase({ url: scratch.url, poolMax: 4 });
      databases.push(database);
      const upstream = {
        baseUrl: sandbox.url,
        apiKey: sandbox.partners[0].apiKey,
        // A slowed answer keeps the first execute in flight while the other instance is asked.
        headersTimeoutMs: 10_000,
        callBudgetMs: 10_000,
      };
      bffs.push(await startBff({ upstream }, { database }));
    }
  });

  afterAll(async () => {
    for (const bff of bffs) await bff.close();
    for (const database of databases) await database.close();
    await sandbox?.close();
    await scratch?.drop();
  });

  const execute = (bff: Bff, id: string, as: 'operator' | 'admin') =>
    bff.request('POST', `/api/transactions/${id}/execute`, {
      as,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
  const executable = () => control.create({ type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED' });

  it('E2: two sessions on two instances submitting at once → one upstream execution, the other 409', async () => {
    const tx = await executable();
    await control.resetCalls();
    await control.fault({ route: 'execute', latencyMs: 1_500 });
    const answers = await Promise.all([
      execute(bffs[0]!, tx.id, 'operator'),
      execute(bffs[1]!, tx.id, 'admin'),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.status === 409)!.json().error.code).toBe('EXECUTE_IN_PROGRESS');
    expect((await control.calls()).execute).toBe(1);
    // Either instance tells the same story, from the shared database.
    for (const bff of bffs) {
      const audit = (
        await bff.request('GET', `/api/transactions/${tx.id}/audit`)
      ).json() as TransactionAuditResponse;
      expect(audit.items.map((e) => e.outcome).sort()).toEqual(['rejected', 'succeeded']);
      expect(audit.executed).not.toBeNull();
    }
  });

  it('E2: without any delay, each of many simultaneous pairs executes exactly once', async () => {
    const txs = await Promise.all(Array.from({ length: 8 }, executable));
    await control.resetCalls();
    const answers = await Promise.all(
      txs.flatMap((tx) => [execute(bffs[0]!, tx.id, 'operator'), execute(bffs[1]!, tx.id, 'admin')]),
    );
    for (let i = 0; i < txs.length; i++) {
      const pair = [answers[2 * i]!.status, answers[2 * i + 1]!.status].sort();
      expect(pair).toEqual([200, 409]);
    }
    expect((await control.calls()).execute).toBe(txs.length);
  });
});
