import type { SandboxResponse } from './http-response';

/** How long a key is remembered (docs/capa-api.md). */
export const IDEMPOTENCY_TTL_MS = 48 * 3600 * 1000;

interface Remembered {
  at: number;
  fingerprint: string;
  response: SandboxResponse;
}

/**
 * Idempotency-Key memory for execute, per partner. Only 2xx answers are kept: a failed first
 * attempt may be retried with the same key (docs/capa-api.md). Time comes from the sandbox clock, so
 * tests can jump past the 48 hours.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Remembered>();

  lookup(partner: number, key: string, now: number): Remembered | undefined {
    const id = `${partner}:${key}`;
    const hit = this.entries.get(id);
    if (hit && now - hit.at >= IDEMPOTENCY_TTL_MS) {
      this.entries.delete(id);
      return undefined;
    }
    return hit;
  }

  save(partner: number, key: string, fingerprint: string, response: SandboxResponse, now: number): void {
    if (response.status < 200 || response.status > 299) return;
    this.entries.set(`${partner}:${key}`, { at: now, fingerprint, response });
    // Keys expire lazily on lookup; sweep now and then so a long-running sandbox does not grow forever.
    if (this.entries.size % 1000 === 0) {
      for (const [id, entry] of this.entries)
        if (now - entry.at >= IDEMPOTENCY_TTL_MS) this.entries.delete(id);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Same request = same parsed JSON (key order and whitespace ignored); unparsable bodies compare raw. */
export function fingerprintOf(body: string): string {
  try {
    return JSON.stringify(sortKeys(JSON.parse(body)));
  } catch {
    return `raw:${body}`;
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
