/**
 * Password hashing with scrypt from node:crypto: memory-hard (docs/security.md A4) with nothing to
 * install. Hashes describe their own parameters, so raising the cost later only needs
 * `needsRehash` at the next successful sign-in.
 */
import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { newPasswordSchema } from '../../contract/auth';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** 2^15 × r 8 → 32 MiB and roughly 50–100 ms per hash on a server core. */
export const SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 15, r: 8, p: 1 });

/**
 * The parameters new hashes are made with. Always SCRYPT_PARAMS outside vitest; the node tests'
 * setup lowers them (setScryptParamsForTests), as a hash carries its own parameters and verifies
 * at any cost. Tests about the stored hash's strength set SCRYPT_PARAMS back.
 */
let current: Readonly<ScryptParams> = SCRYPT_PARAMS;

const KEY_LENGTH = 64;
const SALT_LENGTH = 16;
// Bounds on parameters read back from a stored hash, so a tampered row cannot exhaust memory or time.
const MAX_MEMORY = 256 * 2 ** 20;
const MAX_P = 16;

interface ScryptHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function scryptAsync(password: string, salt: Buffer, length: number, params: ScryptOptions) {
  // Node refuses when 128·N·r reaches maxmem (32 MiB by default): leave room above it.
  const maxmem = 128 * (params.N ?? 0) * (params.r ?? 0) * 2;
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, length, { ...params, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function parse(stored: string): ScryptHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map((v) => (/^\d{1,8}$/.test(v ?? '') ? Number(v) : NaN)) as number[];
  if (!N || N < 2 || !r || !p || p > MAX_P || 128 * N * r > MAX_MEMORY || (N & (N - 1)) !== 0) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const key = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length < SALT_LENGTH || key.length < 32) return null;
  return { N, r, p, salt, key };
}

/** `scrypt$N$r$p$salt_b64$hash_b64`. Validates the password's length first (throws a ZodError). */
export async function hashPassword(password: string): Promise<string> {
  newPasswordSchema.parse(password);
  const salt = randomBytes(SALT_LENGTH);
  const params = current;
  const key = await scryptAsync(password, salt, KEY_LENGTH, params);
  const { N, r, p } = params;
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** False for a wrong password and for a stored value that is not a hash we understand. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const hash = parse(stored);
  if (!hash) return false;
  const key = await scryptAsync(password, hash.salt, hash.key.length, hash);
  return timingSafeEqual(key, hash.key);
}

/** True when the stored hash was made with other parameters than today's. */
export function needsRehash(stored: string): boolean {
  const hash = parse(stored);
  if (!hash) return true;
  const { N, r, p } = current;
  return hash.N !== N || hash.r !== r || hash.p !== p || hash.key.length !== KEY_LENGTH;
}

let dummy: Promise<string> | undefined;
/** A hash nobody knows the password of: unknown emails still cost one full scrypt (timing). */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(generatePassword());
  return dummy;
}

/**
 * Tests only (docs/performance.md): a cheaper cost for new hashes, so suites that create and sign
 * in hundreds of agents do not spend 100 ms of CPU on each. Refuses to run outside vitest, so no
 * production path can weaken the hashes.
 */
export function setScryptParamsForTests(params: Readonly<ScryptParams>): void {
  if (!process.env.VITEST) throw new Error('setScryptParamsForTests is for tests only');
  current = Object.freeze({ ...params });
  dummy = undefined; // remade at the new cost, as a real sign-in would spend it
}

/** No 0/O, 1/l/I: one-time passwords are read aloud or typed from a screen. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
export const GENERATED_PASSWORD_LENGTH = 20;

/** A one-time password: 20 characters from 57 → about 116 bits. */
export function generatePassword(length = GENERATED_PASSWORD_LENGTH): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
