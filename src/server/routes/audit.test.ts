import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditListResponse, TransactionAuditResponse } from '../../contract/audit-api';
import type { AgentRole } from '../../contract/auth';
import { createAuditRepo, type NewAttempt } from '../execute/audit-repo';
import { startBff, type Bff } from '../test-support/harness';
import { testAgent, testAgentEmail } from '../test-support/test-agents';

// No call to Capa is needed to read the log: an upstream that is not there proves it.
const UPSTREAM = {
  baseUrl: 'http://127.0.0.1:9',
  apiKey: 'c0ffee00-0000-4000-8000-00000000cafe:deadbeef-0000-4000-8000-00000000beef',
};
const TX_A = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
const TX_B = '1b2c3d4e-5f6a-4b7c-8d9e-9f0a1b2c3d4e';
const T0 = Date.parse('2026-11-20T10:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

let bff: Bff;

/** Seeds: operator 4 entries, admin 2, at minutes 0..5, alternating transactions and outcomes. */
beforeAll(async () => {
  bff = await startBff({ upstream: UPSTREAM });
  let minute = 0;
  const repo = createAuditRepo(bff.database.db, () => new Date(T0 + minute * 60_000));
  const seed: [AgentRole, string, 'rejected' | 'succeeded'][] = [
    ['operator', TX_A, 'rejected'],
    ['operator', TX_A, 'succeeded'],
    ['admin', TX_A, 'rejected'],
    ['operator', TX_B, 'rejected'],
    ['admin', TX_B, 'succeeded'],
    ['operator', TX_B, 'rejected'],
  ];
  for (const [role, transactionId, outcome] of seed) {
    const agent = await testAgent(bff.database, role);
    const attempt: NewAttempt = {
      agentId: agent.id,
      agentEmail: agent.email,
      transactionId,
      transactionHash: null,
      idempotencyKey: `seeded-key-${minute}-0000000`,
    };
    await repo.record(attempt, { outcome, upstreamStatus: null, upstreamCode: null, upstreamMessage: null });
    minute++;
  }
});

afterAll(() => bff.close());

async function list(query: string, as: AgentRole = 'admin') {
  const res = await bff.request('GET', `/api/audit${query}`, { as });
  expect(res.status).toBe(200);
  return res.json() as AuditListResponse;
}

const minutesOf = (page: { items: { createdAt: string }[] }) =>
  page.items.map((e) => (Date.parse(e.createdAt) - T0) / 60_000);

describe('GET /api/audit', () => {
  it('E5: admins see every attempt, newest first, a page at a time', async () => {
    const all = await list('');
    expect(all).toMatchObject({ total: 6, skip: 0, limit: 20 });
    expect(minutesOf(all)).toEqual([5, 4, 3, 2, 1, 0]);
    const page = await list('?skip=2&limit=2');
    expect(page).toMatchObject({ total: 6, skip: 2, limit: 2 });
    expect(minutesOf(page)).toEqual([3, 2]);
  });

  it('filters by agent (any case), outcome, transaction and time range (from inclusive, to exclusive)', async () => {
    expect(minutesOf(await list(`?agent=${testAgentEmail('admin').toUpperCase()}`))).toEqual([4, 2]);
    expect(minutesOf(await list('?outcome=succeeded'))).toEqual([4, 1]);
    expect(minutesOf(await list(`?transactionId=${TX_B}`))).toEqual([5, 4, 3]);
    expect(minutesOf(await list(`?from=${at(1)}&to=${at(3)}`))).toEqual([2, 1]);
    const both = await list(`?transactionId=${TX_A}&outcome=rejected&agent=${testAgentEmail('operator')}`);
    expect(minutesOf(both)).toEqual([0]);
    expect((await list('?agent=nobody@example.com')).total).toBe(0);
  });

  it('A2: operators see only their own attempts, whatever agent they ask for', async () => {
    expect(minutesOf(await list('', 'operator'))).toEqual([5, 3, 1, 0]);
    expect(minutesOf(await list(`?agent=${testAgentEmail('admin')}`, 'operator'))).toEqual([5, 3, 1, 0]);
    const own = await list('?outcome=succeeded', 'operator');
    expect(own.items.map((e) => e.agentEmail)).toEqual([testAgentEmail('operator')]);
  });

  it('A2: viewers get 403 naming the role needed', async () => {
    const res = await bff.request('GET', '/api/audit', { as: 'viewer' });
    expect(res.status).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'operator' });
  });

  it.each([
    ['?outcome=maybe', 'outcome'],
    ['?transactionId=not-a-uuid', 'transactionId'],
    ['?from=yesterday', 'from'],
    [`?from=${at(3)}&to=${at(1)}`, 'to'],
    ['?limit=101', 'limit'],
    ['?skip=-1', 'skip'],
    ['?limit=1&limit=2', 'limit'],
    ['?agentId=x', 'agentId'],
  ])('P3: %s → 400 naming %s', async (query, field) => {
    const res = await bff.request('GET', `/api/audit${query}`, { as: 'admin' });
    expect(res.status).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_ERROR');
    expect(Object.keys(res.json().error.fields)).toContain(field);
  });
});

describe('GET /api/transactions/:id/audit', () => {
  it('E6: viewers read one transaction’s attempts, newest first, and who executed it', async () => {
    const res = await bff.request('GET', `/api/transactions/${TX_A}/audit`, { as: 'viewer' });
    expect(res.status).toBe(200);
    const body = res.json() as TransactionAuditResponse;
    expect(minutesOf(body)).toEqual([2, 1, 0]);
    // Seeded entries without an intent: nothing was executed through Rampdesk's execute path.
    expect(body).toMatchObject({ executed: null, blockingIntent: null });
  });

  it('A2: viewers get no Idempotency-Key at all (the field is absent); operators and admins do', async () => {
    const path = `/api/transactions/${TX_A}/audit`;
    const viewer = await bff.request('GET', path, { as: 'viewer' });
    const items = (viewer.json() as TransactionAuditResponse).items;
    expect(items).toHaveLength(3);
    for (const entry of items) expect(Object.keys(entry)).not.toContain('idempotencyKey');
    expect(viewer.text).not.toContain('seeded-key-');
    for (const role of ['operator', 'admin'] as const) {
      const res = await bff.request('GET', path, { as: role });
      const keys = (res.json() as TransactionAuditResponse).items.map((e) => e.idempotencyKey);
      expect([role, keys]).toEqual([
        role,
        ['seeded-key-2-0000000', 'seeded-key-1-0000000', 'seeded-key-0-0000000'],
      ]);
    }
  });

  it('answers an empty trail for a transaction never attempted, and 400 for a malformed id', async () => {
    const none = await bff.request('GET', '/api/transactions/2c3d4e5f-6a7b-4c8d-9e0f-0a1b2c3d4e5f/audit', {
      as: 'viewer',
    });
    expect(none.json()).toEqual({ items: [], executed: null, blockingIntent: null });
    const bad = await bff.request('GET', '/api/transactions/nope/audit', { as: 'viewer' });
    expect(bad.status).toBe(400);
  });
});
