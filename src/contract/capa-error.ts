/**
 * Capa's error JSON shape is undocumented and third-party clients disagree (docs/capa-api.md), so this
 * reads code and message from any of the known places and never throws.
 */
export interface CapaErrorInfo {
  /** Null when no code could be found; UNRECOGNISED_CODE when what was found does not look like one. */
  code: string | null;
  /**
   * Null when no message could be found. For matching known refusals only: it is free text that
   * may echo the request (the partner key included), so it is never stored, logged or shown.
   */
  message: string | null;
  /** False when the body was not JSON at all. */
  json: boolean;
}

const MAX_FIELD = 300;

/**
 * What an upstream code (or status) must look like to be kept anywhere: audit entries, logs,
 * error details, answers (docs/security.md K1, K2). Capa's codes are upper snake case; free text
 * in that field (Capa, a WAF or a proxy echoing the request, and so the partner key) is not.
 */
export const UPSTREAM_CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;
/** Kept in place of anything that does not match UPSTREAM_CODE_PATTERN. */
export const UNRECOGNISED_CODE = 'UNRECOGNISED_CODE';
/** The same, for a transaction status Capa answers (statuses are codes too: PENDING, …). */
export const UNRECOGNISED_STATUS = 'UNRECOGNISED_STATUS';

/** The code itself when it looks like one, else the fixed marker. */
export function sanitizeUpstreamCode(value: string, marker: string = UNRECOGNISED_CODE): string {
  return UPSTREAM_CODE_PATTERN.test(value) ? value : marker;
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, MAX_FIELD) : null;
}

/** A message, or NestJS's validation list of them (`"message": ["limit must not be …", …]`). */
function messageText(value: unknown): string | null {
  if (Array.isArray(value)) return text(value.filter((v) => typeof v === 'string').join('; '));
  return text(value);
}

function field(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === 'object' && Object.hasOwn(obj, key)
    ? (obj as Record<string, unknown>)[key]
    : undefined;
}

export function readCapaError(body: string | unknown): CapaErrorInfo {
  let parsed: unknown = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return { code: null, message: null, json: false };
    }
  }
  const error = field(parsed, 'error');
  const found = text(field(error, 'code')) ?? text(field(parsed, 'code')) ?? text(field(parsed, 'errorCode'));
  const code = found === null ? null : sanitizeUpstreamCode(found);
  const message =
    messageText(field(error, 'message')) ??
    messageText(field(parsed, 'message')) ??
    // Some clients report `error` as the message string itself.
    text(error);
  return { code, message, json: true };
}
