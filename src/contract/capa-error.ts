/**
 * Capa's error JSON shape is undocumented and third-party clients disagree (NOTES.md), so this
 * reads code and message from any of the known places and never throws.
 */
export interface CapaErrorInfo {
  /** Null when no code could be found. */
  code: string | null;
  /** Null when no message could be found. */
  message: string | null;
  /** False when the body was not JSON at all. */
  json: boolean;
}

const MAX_FIELD = 300;

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
  const code = text(field(error, 'code')) ?? text(field(parsed, 'code')) ?? text(field(parsed, 'errorCode'));
  const message =
    messageText(field(error, 'message')) ??
    messageText(field(parsed, 'message')) ??
    // Some clients report `error` as the message string itself.
    text(error);
  return { code, message, json: true };
}
