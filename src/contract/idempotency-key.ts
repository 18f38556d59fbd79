/**
 * The Idempotency-Key of an execute, everything about it in one place: Capa's rule for a key
 * (docs/capa-api.md), which the sandbox enforces, and the BFF's use of the header on its own
 * execute route (docs/security.md E3), which the SPA's tests mock.
 */

/** How the header is written in messages; HTTP/1.1 and HTTP/2 headers arrive lower-case. */
export const IDEMPOTENCY_KEY_NAME = 'Idempotency-Key';
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** 16..128 printable ASCII characters (docs/capa-api.md). */
export const IDEMPOTENCY_KEY_FORMAT = /^[\x21-\x7e]{16,128}$/;
export const IDEMPOTENCY_KEY_RULE = '16 to 128 printable ASCII characters';

/** What is wrong with a key the BFF refuses (given twice, or not of the format). */
const KEY_PROBLEM = `must be ${IDEMPOTENCY_KEY_RULE} without spaces, given once`;

/** The message and field of the BFF's 400 VALIDATION_ERROR about the header. */
export function idempotencyKeyRefusal(problem = KEY_PROBLEM) {
  return {
    message: `The ${IDEMPOTENCY_KEY_NAME} header ${problem}.`,
    fields: { [IDEMPOTENCY_KEY_NAME]: problem },
  };
}

/**
 * The key the BFF executes with: the client's when it gives a valid one (so its retries replay),
 * a fresh one when it gives none, and null (refuse) for anything else, a repeated header included
 * (Node gives an array; fetch's Headers join the values with ", ", which the format refuses).
 */
export function executeIdempotencyKey(given: string | readonly string[] | null | undefined): string | null {
  if (given === undefined || given === null) return `rampdesk-${crypto.randomUUID()}`;
  return typeof given === 'string' && IDEMPOTENCY_KEY_FORMAT.test(given) ? given : null;
}
