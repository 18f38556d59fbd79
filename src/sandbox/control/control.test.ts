import { describe, expect, it } from 'vitest';
import { transactionSchema, type Transaction } from '../../contract/capa';
import { createOffRamp, errorOf, useSandbox } from '../test-support/sandbox-tests';

const clock = Date.parse('2026-11-21T12:00:00.000Z');
const sandbox = useSandbox({ size: 400, now: () => clock });

const get = async (path: string) => (await sandbox().control('GET', path)).json();

describe('control: create', () => {
  it('fills in a complete, valid transaction, PENDING as the list page says of creation, that shows first in the list', async () => {
    const sb = sandbox();
    const tx = await createOffRamp(sb, { type: undefined, status: undefined });
    expect(transactionSchema.parse(tx)).toMatchObject({
      type: 'OFF_RAMP',
      status: 'PENDING',
      createdAt: new Date(clock).toISOString(),
    });
    expect(typeof tx.fiatAmount).toBe('number');
    expect(tx.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(tx.bankAccount?.country).toBeTruthy();
    expect(tx.destinationWalletAddress).toBeTruthy();
    const newest = await sb.listOk({ limit: 1 });
    expect(newest.data[0]).toEqual(tx);
    // Its user is one of the partner's own.
    expect((await sb.listOk({ userId: tx.userId })).count).toBeGreaterThan(1);
  });

  it('places a back-dated transaction in sort order and in the counts', async () => {
    const sb = sandbox();
    const before = await sb.listOk({ sortOrder: 'ASC', limit: 100, fiatCurrency: 'DOP' });
    const [a, b] = [before.data[10]!, before.data[11]!];
    const between = new Date((Date.parse(a.createdAt) + Date.parse(b.createdAt)) / 2).toISOString();
    const tx = await createOffRamp(sb, { fiatCurrency: 'DOP', createdAt: between });
    const after = await sb.listOk({ sortOrder: 'ASC', limit: 100, fiatCurrency: 'DOP' });
    expect(after.count).toBe(before.count + 1);
    expect(after.data.slice(10, 13).map((t) => t.id)).toEqual([a.id, tx.id, b.id]);
    const desc = await sb.listOk({ skip: after.count - 12, limit: 1, fiatCurrency: 'DOP' });
    expect(desc.data[0]!.id).toBe(tx.id);
  });

  it('takes overrides, a new user, and the other partner', async () => {
    const sb = sandbox();
    const userId = '0f0f0f0f-1111-4222-8333-444444444444';
    const tx = await createOffRamp(sb, {
      partner: 1,
      userId,
      blockchainSymbol: 'SOL',
      tokenSymbol: 'USDC',
      cryptoAmount: '10.02',
      fiatCurrency: 'EUR',
    });
    expect(tx).toMatchObject({ userId, blockchainSymbol: 'SOL', tokenSymbol: 'USDC', cryptoAmount: '10.02' });
    expect(tx.bankAccount?.iban).toBeTruthy();
    expect((await sb.listOk({ userId })).count).toBe(0);
    expect((await sb.listOk({ userId }, sb.otherKey)).data.map((t) => t.id)).toEqual([tx.id]);
  });

  it.each([
    [{ status: 'NOPE' }, /status/],
    [{ partner: 2 }, /partner/],
    [{ type: 'OFF_RAMP', blockchainSymbol: 'BTC' }, /chain/],
    [{ blockchainSymbol: 'SOL', tokenSymbol: 'wBTC' }, /wBTC/],
    [{ cryptoAmount: true }, /cryptoAmount/],
    [{ createdAt: 'yesterday' }, /createdAt/],
    [{ userId: 'bob' }, /userId/],
  ])('refuses %o with 400', async (body, pattern) => {
    const error = await errorOf(await sandbox().control('POST', '/transactions', body));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(pattern);
  });

  it('refuses a duplicate id and a body that is not JSON', async () => {
    const sb = sandbox();
    const tx = await createOffRamp(sb);
    expect((await sb.control('POST', '/transactions', { id: tx.id })).status).toBe(400);
    const res = await fetch(`${sb.url}/__sandbox/transactions`, { method: 'POST', body: '{oops' });
    expect(res.status).toBe(400);
  });
});

describe('control: inspect and reset', () => {
  it('shows any transaction with its partner and execution, without a key', async () => {
    const sb = sandbox();
    const theirs = (await sb.listOk({ limit: 1 }, sb.otherKey)).data[0]!;
    expect(await get(`/transactions/${theirs.id}`)).toEqual({
      ...theirs,
      partnerId: sb.partners[1].id,
      executed: null,
    });
    const tx = await createOffRamp(sb);
    await sb.execute({ transactionId: tx.id });
    expect((await get(`/transactions/${tx.id}`)).executed).toEqual({
      at: new Date(clock).toISOString(),
      hash: null,
    });
    expect((await sb.control('GET', '/transactions/8374f327-38bd-4b0b-b8a7-2524599eb903')).status).toBe(404);
  });

  it('reset goes back to the seed: creations, executions, keys, faults and calls', async () => {
    const sb = sandbox();
    await sb.control('POST', '/reset');
    const [seeded] = (await sb.listOk({ type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED', limit: 1 })).data as [
      Transaction,
    ];
    const created = await createOffRamp(sb);
    await sb.execute({ transactionId: seeded.id }, { idempotencyKey: 'reset-test-key-0001' });
    await sb.control('POST', '/faults', { route: 'any', status: 500, times: 0 });
    expect(await (await sb.control('POST', '/reset')).json()).toEqual({ reset: true });
    expect((await sb.control('GET', `/transactions/${created.id}`)).status).toBe(404);
    expect(await get('/faults')).toEqual({ faults: [] });
    expect(await get('/calls')).toMatchObject({ list: 0, execute: 0, other: 0 });
    expect((await sb.listOk({ id: seeded.id })).data[0]).toEqual(seeded);
    // The key is forgotten: reusing it for another request is no longer a conflict.
    const other = await createOffRamp(sb);
    const res = await sb.execute({ transactionId: other.id }, { idempotencyKey: 'reset-test-key-0001' });
    expect(res.status).toBe(200);
  });

  it('describes itself', async () => {
    const info = await get('/info');
    expect(info).toMatchObject({
      seed: 42,
      size: 400,
      anchor: '2026-11-20T00:00:00.000Z',
      lifecycleStepMs: 4000,
    });
    expect(info.partners).toEqual(sandbox().partners);
  });
});

describe('control: calls', () => {
  it('counts upstream calls by route, with header names and the idempotency key only', async () => {
    const sb = sandbox();
    await sb.control('POST', '/calls/reset');
    await sb.list({ limit: 3 });
    await sb.execute(
      { transactionId: '8374f327-38bd-4b0b-b8a7-2524599eb903' },
      { idempotencyKey: 'calls-test-key-00001' },
    );
    await fetch(`${sb.url}/api/partner/v2/transactions`, { method: 'POST' });
    await fetch(`${sb.url}/nowhere?x=1&x=2`);
    await sb.control('GET', '/info');
    const calls = await get('/calls');
    expect(calls).toMatchObject({ list: 1, execute: 1, other: 2 });
    expect(calls.requests).toHaveLength(4);
    expect(calls.requests[0]).toMatchObject({
      method: 'GET',
      path: '/api/partner/v2/transactions',
      query: { limit: '3' },
    });
    expect(calls.requests[0].headers).toContain('partner-api-key');
    expect(JSON.stringify(calls)).not.toContain(sb.key);
    expect(calls.requests[1]).toMatchObject({ method: 'POST', idempotencyKey: 'calls-test-key-00001' });
    expect(calls.requests[3]).toMatchObject({ path: '/nowhere', query: { x: ['1', '2'] } });
    await sb.control('POST', '/calls/reset');
    expect(await get('/calls')).toEqual({ list: 0, execute: 0, other: 0, requests: [] });
  });

  it('answers unknown paths and methods with 404 in the Capa envelope', async () => {
    const sb = sandbox();
    for (const [method, path] of [
      ['GET', '/nowhere'],
      ['DELETE', '/api/partner/v2/transactions'],
      ['GET', '/api/partner/v2/off-ramp/execute'],
      ['GET', '/__sandbox/nothing'],
    ]) {
      const res = await fetch(`${sb.url}${path}`, { method });
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await errorOf(res)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    }
  });
});
