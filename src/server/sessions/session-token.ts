import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes (256 bits; docs/security.md A3 asks for at least 128), base64url: 43 characters. */
export const SESSION_TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function generateSessionToken(): string {
  return randomBytes(SESSION_TOKEN_BYTES).toString('base64url');
}

/** Cookies can hold anything: refuse what we never issued before touching the database. */
export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/**
 * The stored session id. A plain SHA-256 is enough (no salt, no KDF): the token has 256 bits of
 * entropy, so nobody can guess it back from the hash.
 */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
