import { describe, expect, it } from 'vitest';
import {
  auditOf,
  bff,
  control,
  errorOf,
  EVM_HASH,
  executable,
  execute,
  patient,
  useExecuteStack,
} from '../test-support/execute-stack';
import { testAgentEmail } from '../test-support/test-agents';

useExecuteStack();

describe('E2 E3: one execute at a time, one key per intent', () => {
  it('E2: two sessions submitting at once → one upstream execution, the other 409 EXECUTE_IN_PROGRESS', async () => {
    const tx = await executable();
    await control.fault({ route: 'execute', latencyMs: 1_500 });
    const [a, b] = await Promise.all([
      execute(tx.id, '{}', {}, 'operator', patient),
      execute(tx.id, '{}', {}, 'admin', patient),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const refused = a.status === 409 ? a : b;
    expect(['EXECUTE_IN_PROGRESS', 'ALREADY_EXECUTED']).toContain(refused.json().error.code);
    expect((await control.calls()).execute).toBe(1);
    const outcomes = (await auditOf(tx.id)).items.map((e) => e.outcome).sort();
    expect(outcomes).toEqual(['rejected', 'succeeded']);
  });

  it('E3: a double-click with one key sends one request to Capa', async () => {
    const tx = await executable();
    const key = `double-click-${tx.id}`;
    await control.fault({ route: 'execute', latencyMs: 1_500 });
    const [a, b] = await Promise.all([
      execute(tx.id, '{}', { 'idempotency-key': key }, 'operator', patient),
      execute(tx.id, '{}', { 'idempotency-key': key }, 'operator', patient),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((await control.calls()).execute).toBe(1);
  });

  it('E3: a replay with the same key answers the first success again, without calling Capa', async () => {
    const tx = await executable();
    const key = `agent-retry-${tx.id}`;
    const first = await execute(tx.id, '{}', { 'idempotency-key': key });
    const again = await execute(tx.id, '{}', { 'idempotency-key': key });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotency-key']).toBe(key);
    expect((await control.calls()).execute).toBe(1);
    const { items } = await auditOf(tx.id);
    expect(items.map((e) => [e.outcome, e.idempotencyKey])).toEqual([
      ['succeeded', key],
      ['succeeded', key],
    ]);
    expect(items[0]!.upstreamMessage).toMatch(/^Replayed/);
  });

  it('E3: the same key with a different hash is refused', async () => {
    const tx = await executable();
    const key = `hash-change-${tx.id}`;
    expect((await execute(tx.id, '{}', { 'idempotency-key': key })).status).toBe(200);
    const error = errorOf(
      await execute(tx.id, JSON.stringify({ transactionHash: EVM_HASH }), { 'idempotency-key': key }),
      400,
      'VALIDATION_ERROR',
    );
    expect(error.fields).toHaveProperty('Idempotency-Key');
  });

  it('E3: a key used for another transaction is refused', async () => {
    const [a, b] = [await executable(), await executable()];
    const key = `one-transaction-${a.id}`;
    expect((await execute(a.id, '{}', { 'idempotency-key': key })).status).toBe(200);
    errorOf(await execute(b.id, '{}', { 'idempotency-key': key }), 400, 'VALIDATION_ERROR');
    expect((await control.get(b.id)).executed).toBeNull();
  });

  it('E6: once executed through Rampdesk, a new intent is refused 409 ALREADY_EXECUTED, saying who and when', async () => {
    const tx = await executable();
    expect((await execute(tx.id)).status).toBe(200);
    const error = errorOf(await execute(tx.id, '{}', {}, 'admin'), 409, 'ALREADY_EXECUTED');
    expect(error.message).toContain(testAgentEmail('operator'));
    expect((await control.calls()).execute).toBe(1);
    // Capa still reads PENDING; only the audit log knows.
    const audit = await auditOf(tx.id);
    expect(audit.executed?.agentEmail).toBe(testAgentEmail('operator'));
    expect(audit.items.map((e) => e.outcome)).toEqual(['rejected', 'succeeded']);
  });
});

describe('E4: outcome unknown', () => {
  it('E4: a timeout after Capa applied it → 504 EXECUTE_OUTCOME_UNKNOWN; new intents refused; a later read resolves it; a retry executes nothing twice', async () => {
    const tx = await executable();
    const key = `lost-answer-${tx.id}`;
    await control.fault({ route: 'execute', hang: true, apply: 'after' });
    const lost = await execute(tx.id, '{}', { 'idempotency-key': key });
    expect(errorOf(lost, 504, 'EXECUTE_OUTCOME_UNKNOWN').message).toMatch(/Do not start a new one/);
    expect((await control.get(tx.id)).executed).not.toBeNull();

    // While Capa stays silent, the outcome stays unknown and no new intent is accepted.
    await control.fault({ route: 'execute', hang: true, times: 0 });
    const stillUnknown = await auditOf(tx.id);
    expect(stillUnknown.blockingIntent).toMatchObject({
      state: 'unknown',
      agentEmail: testAgentEmail('operator'),
    });
    expect(stillUnknown.items[0]).toMatchObject({
      outcome: 'unknown',
      upstreamStatus: null,
      resolvedAt: null,
    });
    errorOf(await execute(tx.id, '{}', {}, 'admin'), 409, 'EXECUTE_OUTCOME_UNKNOWN');

    // Capa answers again: reading the transaction settles it.
    await control.clearFaults();
    const read = await bff.request('GET', `/api/transactions/${tx.id}`);
    expect(read.status).toBe(200);
    const resolved = await auditOf(tx.id);
    expect(resolved.blockingIntent).toBeNull();
    expect(resolved.executed).toMatchObject({ agentEmail: testAgentEmail('operator') });
    const original = resolved.items.find((e) => e.idempotencyKey === key)!;
    expect(original).toMatchObject({ outcome: 'succeeded', upstreamStatus: null });
    expect(original.resolvedAt).not.toBeNull();
    expect(original.resolvedBy).toMatch(
      /^Capa confirmed the execute when the same request \(same Idempotency-Key\) was sent again/,
    );

    // The agent's retry with the same key replays; every request to Capa carried that one key.
    expect((await execute(tx.id, '{}', { 'idempotency-key': key })).status).toBe(200);
    const executes = (await control.calls()).requests.filter((r) => r.method === 'POST');
    expect(new Set(executes.map((r) => r.idempotencyKey))).toEqual(new Set([key]));
    expect((await control.get(tx.id)).executed).not.toBeNull();
  });

  it('E4: a retry with the same key after a timeout before Capa acted executes once and settles the attempt', async () => {
    const tx = await executable();
    const key = `never-arrived-${tx.id}`;
    await control.fault({ route: 'execute', hang: true });
    errorOf(await execute(tx.id, '{}', { 'idempotency-key': key }), 504, 'EXECUTE_OUTCOME_UNKNOWN');
    expect((await control.get(tx.id)).executed).toBeNull();
    const retry = await execute(tx.id, '{}', { 'idempotency-key': key });
    expect(retry.status).toBe(200);
    expect((await control.get(tx.id)).executed).not.toBeNull();
    const { items, executed } = await auditOf(tx.id);
    expect(items.map((e) => e.outcome)).toEqual(['succeeded', 'succeeded']);
    expect(items[1]!.resolvedAt).not.toBeNull();
    expect(executed?.at).toBe(items[1]!.createdAt);
  });

  it.each([
    ['before Capa acted', 'before'],
    ['after Capa applied it', 'after'],
  ])(
    'E4: upstream 5xx %s → unknown, then resolved by a read without a second execution',
    async (_name, apply) => {
      const tx = await executable();
      await control.fault({ route: 'execute', status: 503, apply });
      const error = errorOf(await execute(tx.id), 504, 'EXECUTE_OUTCOME_UNKNOWN');
      expect(error.message).toMatch(/^Capa had a problem \(HTTP 503\)/);
      expect((await auditOf(tx.id, 'operator')).items[0]).toMatchObject({
        outcome: 'succeeded',
        upstreamStatus: 503,
      });
      expect((await control.get(tx.id)).executed).not.toBeNull();
      errorOf(await execute(tx.id), 409, 'ALREADY_EXECUTED');
    },
  );

  it('E4: a list read settles unknown outcomes of its page in the background', async () => {
    const tx = await executable();
    await control.fault({ route: 'execute', hang: true, apply: 'after' });
    errorOf(await execute(tx.id), 504, 'EXECUTE_OUTCOME_UNKNOWN');
    expect((await bff.request('GET', `/api/transactions?id=${tx.id}`)).status).toBe(200);
    let audit = await auditOf(tx.id);
    // The audit read itself settles it if the background check has not yet.
    expect(audit.items[0]!.outcome).toBe('succeeded');
    audit = await auditOf(tx.id);
    expect(audit.blockingIntent).toBeNull();
  });
});
