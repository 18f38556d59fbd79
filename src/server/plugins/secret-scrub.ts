import type { FastifyInstance } from 'fastify';

/** What a scrubbed secret becomes: the same word pino's path redaction writes. */
export const REDACTED = '[redacted]';

/** Below this, a "half" could be an everyday word; scrubbing it would mangle answers. */
const MIN_HALF_LENGTH = 8;

/**
 * The strings that must never leave (docs/security.md K1, K2): the partner key and, for a
 * `<uuid>:<uuid>` key, each half, since an echo may carry one half alone (cut at the colon, or
 * with the colon percent-encoded). The whole key comes first so it is replaced in one piece. Each
 * also in upper and lower case: UUIDs are case-insensitive, and a proxy that echoes a header may
 * well have normalised it.
 */
export function partnerKeySecrets(apiKey: string): string[] {
  if (!apiKey) return [];
  const halves = apiKey.split(':');
  const parts = halves.length === 2 && halves.every((h) => h.length >= MIN_HALF_LENGTH) ? halves : [];
  return [...new Set([apiKey, ...parts].flatMap((s) => [s, s.toUpperCase(), s.toLowerCase()]))];
}

/** The text with every secret replaced; the same string (no copy) when none occurs. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.replaceAll(secret, REDACTED);
  return out;
}

function scrubPayload(payload: unknown, secrets: readonly string[]): unknown {
  if (typeof payload === 'string') return scrubSecrets(payload, secrets);
  if (Buffer.isBuffer(payload)) {
    if (!secrets.some((secret) => payload.includes(secret))) return payload;
    // latin1 maps bytes one to one, so a body that is not UTF-8 keeps its other bytes intact.
    return Buffer.from(scrubSecrets(payload.toString('latin1'), secrets), 'latin1');
  }
  // Streams are the SPA's built files (@fastify/static), written by the build, which holds no key
  // (K2 checks dist/), and often precompressed, so they could not be searched anyway; and the CSV
  // export, which scrubs each chunk itself before it is streamed (list-views/export-csv.ts).
  return payload;
}

/**
 * The last line of K1, whatever field carries a key: every answer's body and headers are
 * searched for the partner key and its halves, which are replaced. The cost on the hot list
 * route is one `includes` per secret on the serialized body (a key almost never occurs).
 *
 * Registered at the root after every other plugin that adds an onSend hook and before any route,
 * so it runs last for every route, the not-found handler and framework errors included.
 */
export function registerSecretScrub(app: FastifyInstance, secrets: readonly string[]) {
  if (secrets.length === 0) return;
  app.addHook('onSend', (_request, reply, payload, done) => {
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (typeof value === 'string') {
        const clean = scrubSecrets(value, secrets);
        if (clean !== value) reply.header(name, clean);
      } else if (Array.isArray(value)) {
        const clean = value.map((v) => scrubSecrets(String(v), secrets));
        // Removed first: reply.header appends to an existing Set-Cookie instead of replacing it.
        if (clean.some((v, i) => v !== value[i])) reply.removeHeader(name).header(name, clean);
      }
    }
    done(null, scrubPayload(payload, secrets));
  });
}
