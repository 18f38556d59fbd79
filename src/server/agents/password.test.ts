import { randomBytes, scryptSync } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  productionPasswordCostInThisBlock,
  TEST_SCRYPT_PARAMS,
  useTestPasswordCost,
} from '../test-support/password-cost';
import {
  dummyHash,
  generatePassword,
  GENERATED_PASSWORD_LENGTH,
  hashPassword,
  needsRehash,
  SCRYPT_PARAMS,
  setScryptParamsForTests,
  verifyPassword,
} from './password';

const PASSWORD = 'correct horse battery';

/** A hash as an older, cheaper configuration would have stored it. */
function legacyHash(password: string, N = 2 ** 14): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 64, { N, r: 8, p: 1 });
  return ['scrypt', N, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

describe('password hashing (docs/security.md A4)', () => {
  // What these tests read is the stored hash's real strength: not the tests' cheap cost.
  productionPasswordCostInThisBlock();

  it('stores scrypt$N$r$p$salt$hash with a 16-byte salt and a 64-byte key, salted per hash', async () => {
    const [first, second] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
    const [name, N, r, p, salt, key] = first.split('$');
    expect([name, Number(N), Number(r), Number(p)]).toEqual(['scrypt', 2 ** 15, 8, 1]);
    expect(SCRYPT_PARAMS.N).toBeGreaterThanOrEqual(2 ** 15);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(64);
    expect(second).not.toBe(first);
    expect(first).not.toContain(PASSWORD);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword(PASSWORD);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
    expect(await verifyPassword('correct horse battery!', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('refuses stored values it does not understand instead of throwing', async () => {
    const stored = await hashPassword(PASSWORD);
    const parts = stored.split('$');
    const variants = [
      '',
      'plaintext',
      stored.replace('scrypt$', 'bcrypt$'),
      [...parts.slice(0, 1), 2 ** 24, ...parts.slice(2)].join('$'), // would need 16 GiB
      [...parts.slice(0, 1), 1000, ...parts.slice(2)].join('$'), // not a power of two
      [...parts.slice(0, 5), ''].join('$'),
    ];
    for (const variant of variants) expect(await verifyPassword(PASSWORD, variant)).toBe(false);
  });

  it('flags hashes made with other parameters for rehashing, and still verifies them', async () => {
    const old = legacyHash(PASSWORD);
    expect(needsRehash(old)).toBe(true);
    expect(await verifyPassword(PASSWORD, old)).toBe(true);
    expect(needsRehash(await hashPassword(PASSWORD))).toBe(false);
    expect(needsRehash('garbage')).toBe(true);
  });

  it('accepts 12 to 256 characters', async () => {
    await expect(hashPassword('a'.repeat(11))).rejects.toThrow('at least 12 characters');
    await expect(hashPassword('a'.repeat(257))).rejects.toThrow('at most 256 characters');
    expect(await verifyPassword('a'.repeat(12), await hashPassword('a'.repeat(12)))).toBe(true);
  });

  it('has a dummy hash, made once, that no password matches', async () => {
    const dummy = await dummyHash();
    expect(await dummyHash()).toBe(dummy);
    expect(needsRehash(dummy)).toBe(false);
    expect(await verifyPassword('', dummy)).toBe(false);
  });
});

describe('the cheap hashing cost of tests (docs/performance.md)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    useTestPasswordCost();
  });

  it('is what node tests hash at, and such hashes verify and are upgraded at the real cost', async () => {
    const cheap = await hashPassword(PASSWORD);
    expect(cheap.split('$').slice(1, 4).map(Number)).toEqual([TEST_SCRYPT_PARAMS.N, 8, 1]);
    expect(needsRehash(cheap)).toBe(false);
    setScryptParamsForTests(SCRYPT_PARAMS);
    // The hash carries its parameters: it verifies whatever today's cost is, and asks to be redone.
    expect(await verifyPassword(PASSWORD, cheap)).toBe(true);
    expect(await verifyPassword(`${PASSWORD}!`, cheap)).toBe(false);
    expect(needsRehash(cheap)).toBe(true);
  });

  it('is never the default: the module as production loads it hashes at 2^15', async () => {
    vi.resetModules();
    const fresh = await import('./password');
    const stored = await fresh.hashPassword(PASSWORD);
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(fresh.needsRehash(stored)).toBe(false);
  });

  it('cannot be set outside vitest', () => {
    vi.stubEnv('VITEST', '');
    expect(() => setScryptParamsForTests(SCRYPT_PARAMS)).toThrow('for tests only');
    vi.unstubAllEnvs();
    // Refused, and nothing changed: today's cost is still the tests' one.
    expect(needsRehash(legacyHash(PASSWORD, TEST_SCRYPT_PARAMS.N))).toBe(false);
  });
});

describe('generated one-time passwords', () => {
  it('are 20 characters of an unambiguous alphabet, different every time', () => {
    const passwords = Array.from({ length: 200 }, () => generatePassword());
    expect(new Set(passwords).size).toBe(passwords.length);
    for (const password of passwords) {
      expect(password).toHaveLength(GENERATED_PASSWORD_LENGTH);
      expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]+$/);
    }
    // Every character of the alphabet turns up: the generator is not stuck on a subset.
    expect(new Set(passwords.join('')).size).toBe(57);
  });
});
