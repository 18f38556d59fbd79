import { base58 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { capaExecuteResponseSchema } from '../../contract/capa';
import { EVM_HASH, createOffRamp, errorOf, hashFor, useSandbox } from '../test-support/sandbox-tests';

const sandbox = useSandbox({ size: 800 });
const SOL_HASH = base58.encode(new Uint8Array(64).fill(9));

async function stateOf(id: string) {
  return (await (await sandbox().control('GET', `/transactions/${id}`)).json()) as Record<string, unknown>;
}

describe('execute: success', () => {
  it('executes a seeded executable off-ramp: 200 PENDING, hash stored, visible in the list', async () => {
    const sb = sandbox();
    const [tx] = (await sb.listOk({ type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED', limit: 1 })).data;
    const hash = hashFor(tx!.blockchainSymbol, 'cd');
    const res = await sb.execute({ transactionId: tx!.id, transactionHash: hash });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = capaExecuteResponseSchema.parse(await res.json());
    expect(body).toEqual({ success: true, data: { id: tx!.id, status: 'PENDING' } });
    const [after] = (await sb.listOk({ id: tx!.id })).data;
    expect(after).toMatchObject({ status: 'PENDING', invoice: { transactionHash: hash } });
    expect(await stateOf(tx!.id)).toMatchObject({ executed: { hash } });
  });

  it('executes without a hash, keeping the invoice as it was', async () => {
    const sb = sandbox();
    const tx = await createOffRamp(sb, { blockchainSymbol: 'POL' });
    expect((await sb.execute({ transactionId: tx.id })).status).toBe(200);
    expect(await stateOf(tx.id)).toMatchObject({ status: 'PENDING', executed: { hash: null } });
  });

  it('accepts a Solana signature for a Solana off-ramp', async () => {
    const sb = sandbox();
    const tx = await createOffRamp(sb, { blockchainSymbol: 'SOL' });
    expect((await sb.execute({ transactionId: tx.id, transactionHash: SOL_HASH })).status).toBe(200);
  });
});

describe('execute: refusals', () => {
  it('404 for an unknown id', async () => {
    const res = await sandbox().execute({ transactionId: '8374f327-38bd-4b0b-b8a7-2524599eb903' });
    expect(await errorOf(res)).toEqual({
      status: 404,
      code: 'TRANSACTION_NOT_FOUND',
      message: 'Transaction not found',
    });
  });

  it("403 for another partner's transaction, which stays untouched", async () => {
    const sb = sandbox();
    const theirs = await createOffRamp(sb, { partner: 1 });
    expect(await errorOf(await sb.execute({ transactionId: theirs.id }))).toEqual({
      status: 403,
      code: 'TRANSACTION_ACCESS_DENIED',
      message: 'Transaction does not belong to this partner',
    });
    expect(await stateOf(theirs.id)).toMatchObject({ status: 'CRYPTO_RECEIVED', executed: null });
    expect((await sb.execute({ transactionId: theirs.id }, { key: sb.otherKey })).status).toBe(200);
  });

  it.each([
    ['not JSON', 'transactionId=1', /not valid JSON/],
    ['an array', '[]', /object/i],
    ['no transactionId', '{}', /transactionId/],
    ['a non-uuid id', '{"transactionId":"123"}', /transactionId.*UUID/],
    ['an unknown field', `{"transactionId":"8374f327-38bd-4b0b-b8a7-2524599eb903","force":true}`, /force/],
    [
      'an empty hash',
      `{"transactionId":"8374f327-38bd-4b0b-b8a7-2524599eb903","transactionHash":""}`,
      /transactionHash/,
    ],
  ])('400 for %s', async (_name, body, pattern) => {
    const error = await errorOf(await sandbox().execute(body));
    expect(error).toMatchObject({ status: 400, code: 'INVALID_USER_INPUT_ERROR' });
    expect(error.message).toMatch(pattern);
  });

  it('400 when the body is not sent as application/json', async () => {
    const tx = await createOffRamp(sandbox());
    const error = await errorOf(
      await sandbox().execute({ transactionId: tx.id }, { contentType: 'text/plain' }),
    );
    expect(error).toMatchObject({ status: 400, message: expect.stringMatching(/Content-Type/) });
  });

  it('400 for an on-ramp or a cross-ramp', async () => {
    const sb = sandbox();
    for (const type of ['ON_RAMP', 'CROSS_RAMP']) {
      const tx = await createOffRamp(sb, { type, status: 'PENDING' });
      const error = await errorOf(await sb.execute({ transactionId: tx.id }));
      expect(error).toMatchObject({ status: 400, code: 'INVALID_USER_INPUT_ERROR' });
      expect(error.message).toContain('OFF_RAMP');
    }
  });

  it('400 naming the expected format when the hash does not fit the chain', async () => {
    const sb = sandbox();
    const evm = await createOffRamp(sb, { blockchainSymbol: 'BASE' });
    const onEvm = await errorOf(await sb.execute({ transactionId: evm.id, transactionHash: SOL_HASH }));
    expect(onEvm).toMatchObject({ status: 400, code: 'INVALID_USER_INPUT_ERROR' });
    expect(onEvm.message).toContain('0x followed by 64 hexadecimal digits');
    const sol = await createOffRamp(sb, { blockchainSymbol: 'SOL' });
    const onSol = await errorOf(await sb.execute({ transactionId: sol.id, transactionHash: EVM_HASH }));
    expect(onSol.message).toContain('base58 signature of 87 or 88 characters');
    expect(await stateOf(sol.id)).toMatchObject({ executed: null });
  });

  it.each(['COMPLETED', 'IN_PROGRESS', 'CANCELLED', 'EXPIRED', 'BANK_TRANSFER_PENDING'])(
    '400 "Invalid transaction state transition" for an off-ramp in %s',
    async (status) => {
      const tx = await createOffRamp(sandbox(), { status });
      expect(await errorOf(await sandbox().execute({ transactionId: tx.id }))).toEqual({
        status: 400,
        code: 'INVALID_USER_INPUT_ERROR',
        message: 'Invalid transaction state transition',
      });
    },
  );

  it('400 on a second execute, even while the status still reads PENDING', async () => {
    const sb = sandbox();
    const tx = await createOffRamp(sb, { status: 'PENDING' });
    expect((await sb.execute({ transactionId: tx.id })).status).toBe(200);
    expect((await sb.listOk({ id: tx.id })).data[0]!.status).toBe('PENDING');
    expect(await errorOf(await sb.execute({ transactionId: tx.id }))).toMatchObject({
      status: 400,
      message: 'Invalid transaction state transition',
    });
  });
});
