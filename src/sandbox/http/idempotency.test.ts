import { describe, expect, it } from 'vitest';
import { createOffRamp, errorOf, useSandbox } from '../test-support/sandbox-tests';

let clock = Date.parse('2026-11-21T10:00:00Z');
const sandbox = useSandbox({ size: 200, now: () => clock });
let n = 0;
/** A fresh valid key per test. */
const newKey = () => `test-key-${String(++n).padStart(4, '0')}-${clock}`;

describe('Idempotency-Key on execute', () => {
  it('replays the first answer byte for byte, without executing twice', async () => {
    const sb = sandbox();
    const tx = await createOffRamp(sb);
    const key = newKey();
    const first = await sb.execute({ transactionId: tx.id }, { idempotencyKey: key });
    const firstBody = await first.text();
    const again = await sb.execute({ transactionId: tx.id }, { idempotencyKey: key });
    expect(again.status).toBe(first.status);
    expect(await again.text()).toBe(firstBody);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.status).toBe(200);
    // Without the key the same request is a second execute, and refused.
    expect((await sb.execute({ transactionId: tx.id })).status).toBe(400);
  });

  it('treats the same JSON with other whitespace or key order as the same request', async () => {
    const sb = sandbox();
    const tx = await createOffRamp(sb);
    const key = newKey();
    await sb.execute({ transactionId: tx.id }, { idempotencyKey: key });
    const again = await sb.execute(`{ "transactionId" : "${tx.id}" }`, { idempotencyKey: key });
    expect(again.status).toBe(200);
  });

  it('does not store a failed first attempt: the same key may be retried', async () => {
    const sb = sandbox();
    const tx = await createOffRamp(sb, { blockchainSymbol: 'ETH' });
    const key = newKey();
    const bad = await sb.execute({ transactionId: tx.id, transactionHash: '0x12' }, { idempotencyKey: key });
    expect(bad.status).toBe(400);
    // The retry differs (hash fixed) yet is not a key reuse, since nothing was stored.
    const good = await sb.execute({ transactionId: tx.id }, { idempotencyKey: key });
    expect(good.status).toBe(200);
  });

  it('answers 422 to a key reused for a different request, changing nothing', async () => {
    const sb = sandbox();
    const a = await createOffRamp(sb);
    const b = await createOffRamp(sb);
    const key = newKey();
    expect((await sb.execute({ transactionId: a.id }, { idempotencyKey: key })).status).toBe(200);
    const reuse = await errorOf(await sb.execute({ transactionId: b.id }, { idempotencyKey: key }));
    expect(reuse).toMatchObject({ status: 422, code: 'INVALID_USER_INPUT_ERROR' });
    expect(reuse.message).toMatch(/Idempotency-Key/);
    const state = await (await sb.control('GET', `/transactions/${b.id}`)).json();
    expect(state).toMatchObject({ executed: null });
  });

  it('keeps keys per partner', async () => {
    const sb = sandbox();
    const mine = await createOffRamp(sb);
    const theirs = await createOffRamp(sb, { partner: 1 });
    const key = newKey();
    expect((await sb.execute({ transactionId: mine.id }, { idempotencyKey: key })).status).toBe(200);
    const other = await sb.execute({ transactionId: theirs.id }, { idempotencyKey: key, key: sb.otherKey });
    expect(other.status).toBe(200);
  });

  it('forgets a key after 48 hours', async () => {
    const sb = sandbox();
    const tx = await createOffRamp(sb);
    const key = newKey();
    expect((await sb.execute({ transactionId: tx.id }, { idempotencyKey: key })).status).toBe(200);
    clock += 48 * 3600 * 1000 - 1;
    expect((await sb.execute({ transactionId: tx.id }, { idempotencyKey: key })).status).toBe(200);
    clock += 1;
    // Forgotten: the request runs again, and a second execute is refused.
    const late = await errorOf(await sb.execute({ transactionId: tx.id }, { idempotencyKey: key }));
    expect(late).toMatchObject({ status: 400, message: 'Invalid transaction state transition' });
  });

  it.each([
    ['too short', 'short-key'],
    ['too long', 'k'.repeat(129)],
    ['with a space', 'has a space in the key'],
  ])('refuses a key %s with 400', async (_name, key) => {
    const sb = sandbox();
    const tx = await createOffRamp(sb);
    const error = await errorOf(await sb.execute({ transactionId: tx.id }, { idempotencyKey: key }));
    expect(error).toMatchObject({ status: 400, code: 'INVALID_USER_INPUT_ERROR' });
    expect(error.message).toMatch(/Idempotency-Key/);
    expect((await sb.control('GET', `/transactions/${tx.id}`).then((r) => r.json())).executed).toBeNull();
  });

  it('accepts keys of exactly 16 and 128 printable characters', async () => {
    const sb = sandbox();
    for (const key of ['!'.repeat(15) + '~', 'x'.repeat(128)]) {
      const tx = await createOffRamp(sb);
      expect((await sb.execute({ transactionId: tx.id }, { idempotencyKey: key })).status).toBe(200);
    }
  });
});
