import { describe, expect, it } from 'vitest';
import { executeIdempotencyKey, IDEMPOTENCY_KEY_FORMAT, idempotencyKeyRefusal } from './idempotency-key';

describe('Idempotency-Key', () => {
  it('keys are 16..128 printable ASCII characters', () => {
    expect(IDEMPOTENCY_KEY_FORMAT.test('a'.repeat(16))).toBe(true);
    expect(IDEMPOTENCY_KEY_FORMAT.test('a'.repeat(128))).toBe(true);
    expect(IDEMPOTENCY_KEY_FORMAT.test('a'.repeat(15))).toBe(false);
    expect(IDEMPOTENCY_KEY_FORMAT.test('a'.repeat(129))).toBe(false);
    expect(IDEMPOTENCY_KEY_FORMAT.test('a b c d e f g h i j')).toBe(false);
    expect(IDEMPOTENCY_KEY_FORMAT.test('ключ-ключ-ключ-ключ')).toBe(false);
  });

  it('E3: the BFF keeps a valid key, so a retry is the same intent', () => {
    expect(executeIdempotencyKey('k'.repeat(20))).toBe('k'.repeat(20));
  });

  it('mints a fresh, valid key for each request without one', () => {
    const minted = [executeIdempotencyKey(undefined), executeIdempotencyKey(null)];
    for (const key of minted) expect(key).toMatch(IDEMPOTENCY_KEY_FORMAT);
    expect(minted[0]).not.toBe(minted[1]);
  });

  it('refuses a key of the wrong shape and one given twice (an array from Node, joined by fetch)', () => {
    const key = 'k'.repeat(20);
    for (const given of ['short', [key, key], `${key}, ${key}`])
      expect(executeIdempotencyKey(given)).toBeNull();
  });

  it('words the refusal once, naming the header as its field', () => {
    expect(idempotencyKeyRefusal()).toEqual({
      message:
        'The Idempotency-Key header must be 16 to 128 printable ASCII characters without spaces, given once.',
      fields: {
        'Idempotency-Key': 'must be 16 to 128 printable ASCII characters without spaces, given once',
      },
    });
  });
});
