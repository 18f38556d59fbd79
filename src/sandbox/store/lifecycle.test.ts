import { describe, expect, it } from 'vitest';
import { createOffRamp, useSandbox } from '../test-support/sandbox-tests';
import { canonicalDecimal, outcomeFor } from './lifecycle';

const STEP = 4000;
let clock = Date.parse('2026-11-21T10:00:00Z');
const sandbox = useSandbox({ size: 200, now: () => clock, lifecycleStepMs: STEP });

async function statusAfter(id: string, ms: number) {
  clock += ms;
  const [tx] = (await sandbox().listOk({ id })).data;
  return tx!;
}

describe('lifecycle after execute (fake clock)', () => {
  it('walks PENDING → IN_PROGRESS → BANK_TRANSFER_PENDING → COMPLETED, completedAt set at the end', async () => {
    const sb = sandbox();
    const tx = await createOffRamp(sb, { cryptoAmount: '25.5' });
    const executedAt = clock;
    expect((await sb.execute({ transactionId: tx.id })).status).toBe(200);
    expect(await statusAfter(tx.id, 0)).toMatchObject({ status: 'PENDING', completedAt: null });
    expect(await statusAfter(tx.id, STEP - 1)).toMatchObject({ status: 'PENDING' });
    expect(await statusAfter(tx.id, 1)).toMatchObject({ status: 'IN_PROGRESS', completedAt: null });
    expect(await statusAfter(tx.id, STEP)).toMatchObject({ status: 'BANK_TRANSFER_PENDING' });
    const done = await statusAfter(tx.id, STEP);
    expect(done.status).toBe('COMPLETED');
    expect(done.completedAt).toBe(new Date(executedAt + 3 * STEP).toISOString());
    expect(await statusAfter(tx.id, 100 * STEP)).toMatchObject({ status: 'COMPLETED' });
  });

  it('moves the transaction between status filters as it goes', async () => {
    const sb = sandbox();
    const tx = await createOffRamp(sb);
    const inProgress = async () =>
      (await sb.listOk({ status: 'IN_PROGRESS', type: 'OFF_RAMP', limit: 100 })).data;
    expect((await inProgress()).some((t) => t.id === tx.id)).toBe(false);
    await sb.execute({ transactionId: tx.id });
    clock += STEP;
    expect((await inProgress()).some((t) => t.id === tx.id)).toBe(true);
    clock += STEP;
    expect((await inProgress()).some((t) => t.id === tx.id)).toBe(false);
  });

  it.each(['10.02', '1.02', '10.020'])('cancels %s with NAME_VERIFICATION_FAILED', async (amount) => {
    const sb = sandbox();
    const tx = await createOffRamp(sb, { cryptoAmount: amount });
    await sb.execute({ transactionId: tx.id });
    expect(await statusAfter(tx.id, STEP)).toMatchObject({ status: 'IN_PROGRESS' });
    expect(await statusAfter(tx.id, STEP)).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'NAME_VERIFICATION_FAILED',
      completedAt: null,
    });
  });

  it.each(['10.03', '1.03'])('reports %s as CRYPTO_NOT_RECEIVED', async (amount) => {
    const sb = sandbox();
    const tx = await createOffRamp(sb, { cryptoAmount: amount });
    await sb.execute({ transactionId: tx.id });
    expect(await statusAfter(tx.id, STEP)).toMatchObject({
      status: 'CRYPTO_NOT_RECEIVED',
      completedAt: null,
    });
    expect(await statusAfter(tx.id, 10 * STEP)).toMatchObject({ status: 'CRYPTO_NOT_RECEIVED' });
  });

  it.each(['10.01', '1.01'])('completes %s normally', async (amount) => {
    const sb = sandbox();
    const tx = await createOffRamp(sb, { cryptoAmount: amount });
    await sb.execute({ transactionId: tx.id });
    expect(await statusAfter(tx.id, 3 * STEP)).toMatchObject({ status: 'COMPLETED' });
  });
});

describe('magic amounts compare as decimals, not floats', () => {
  it.each([
    ['10.02', 'cancel'],
    [10.02, 'cancel'],
    ['010.0200', 'cancel'],
    ['10.03', 'cryptoNotReceived'],
    ['1.030', 'cryptoNotReceived'],
    ['10.0200000001', 'complete'],
    ['10.019999999999999', 'complete'],
    ['abc', 'complete'],
    [null, 'complete'],
  ] as const)('%s → %s', (amount, outcome) => {
    expect(outcomeFor(amount)).toBe(outcome);
  });

  it('canonicalises without rounding', () => {
    expect(canonicalDecimal('0010.500')).toBe('10.5');
    expect(canonicalDecimal('7')).toBe('7');
    expect(canonicalDecimal('-1')).toBeNull();
  });
});
