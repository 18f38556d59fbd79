/**
 * SECURITY E4/E5 when the database fails after Capa answered: the answer cannot be recorded, so
 * the agent is told the outcome is unknown (never a bare 500 that invites a second try), the
 * intent keeps blocking new attempts, and once stale it is settled by re-sending its own key.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiError } from '../../contract/api';
import type { TransactionAuditResponse } from '../../contract/audit-api';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { sandboxControl, startBff, type Bff, type SandboxControl } from '../test-support/harness';

const STALE_MS = 60_000;
// The BFF's clock, moved by the test: staleness must not depend on how busy the machine is.
let now = Date.now();

let sandbox: RunningSandbox;
let control: SandboxControl;
let bff: Bff;

beforeAll(async () => {
  sandbox = await startSandbox({ size: 20, seed: 31, lifecycleStepMs: 600_000 });
  control = sandboxControl(sandbox.url);
  bff = await startBff(
    { upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey }, executeStaleAfterMs: STALE_MS },
    { clock: () => new Date(now) },
  );
});

afterAll(async () => {
  await bff?.close();
  await sandbox?.close();
});

/** Every update of an intent fails, as when the database goes away mid-request. */
async function breakIntentUpdates(broken: boolean) {
  const { db } = bff.database;
  if (!broken) {
    await db.execute(sql`drop trigger if exists test_break_intents on execute_intents`);
    return;
  }
  await db.execute(sql`
    create or replace function test_break_intents() returns trigger language plpgsql as $$
    begin raise exception 'database unavailable (test)'; end $$`);
  await db.execute(sql`
    create trigger test_break_intents before update on execute_intents
    for each row execute function test_break_intents()`);
}

const execute = (id: string, as: 'operator' | 'admin' = 'operator') =>
  bff.request('POST', `/api/transactions/${id}/execute`, {
    as,
    headers: { 'content-type': 'application/json', 'idempotency-key': `unrecorded-${as}-${id}` },
    body: '{}',
  });
const auditOf = async (id: string) =>
  (
    await bff.request('GET', `/api/transactions/${id}/audit`, { as: 'admin' })
  ).json() as TransactionAuditResponse;

it('E4: Capa executed but the answer could not be recorded → "outcome unknown", blocked, then settled once stale', async () => {
  const tx = await control.create({ type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED' });
  await control.resetCalls();
  await breakIntentUpdates(true);
  let answer;
  try {
    answer = await execute(tx.id);
  } finally {
    await breakIntentUpdates(false);
  }
  expect(answer.status).toBe(504);
  const { error } = answer.json() as ApiError;
  expect(error.code).toBe('EXECUTE_OUTCOME_UNKNOWN');
  expect(error.message).toMatch(
    /^Rampdesk could not record Capa’s answer, so whether this execute happened is unknown/,
  );
  expect((await control.get(tx.id)).executed).not.toBeNull();

  // Nothing new meanwhile: the intent is still in flight as far as anyone can tell.
  expect((await auditOf(tx.id)).blockingIntent).toMatchObject({ state: 'pending' });
  const second = await execute(tx.id, 'admin');
  expect(second.status).toBe(409);
  expect((second.json() as ApiError).error.code).toBe('EXECUTE_IN_PROGRESS');

  // Once stale, a read re-sends the intent's own key: Capa replays, nothing runs twice.
  now += STALE_MS + 1;
  expect((await bff.request('GET', `/api/transactions/${tx.id}`)).status).toBe(200);
  const audit = await auditOf(tx.id);
  expect(audit.blockingIntent).toBeNull();
  expect(audit.executed).not.toBeNull();
  const first = audit.items.find((e) => e.idempotencyKey === `unrecorded-operator-${tx.id}`)!;
  expect(first.outcome).toBe('succeeded');
  expect(first.resolvedAt).not.toBeNull();
  const posts = (await control.calls()).requests.filter((r) => r.method === 'POST');
  expect(posts.map((r) => r.idempotencyKey)).toEqual([
    `unrecorded-operator-${tx.id}`,
    `unrecorded-operator-${tx.id}`,
  ]);
});
