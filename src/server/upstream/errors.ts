import type { CapaErrorInfo } from '../../contract/capa-error';

/**
 * What went wrong talking to Capa, before it is put in words for the agent (upstream/messages.ts).
 * - connect: nothing was sent (refused, DNS, connect timeout), safe to try again
 * - tls: the certificate did not verify; nothing was sent
 * - reset: the connection broke after the request may have been sent
 * - timeout: no (complete) answer in time, after the request was sent
 * - status: Capa answered with a non-2xx status
 * - bad-response: an answer we cannot trust (wrong type, not JSON, schema mismatch, truncated)
 * - too-large: the answer exceeded maxResponseBytes
 */
export type UpstreamFailureKind =
  'connect' | 'tls' | 'reset' | 'timeout' | 'status' | 'bad-response' | 'too-large';

export class UpstreamFailure extends Error {
  constructor(
    readonly kind: UpstreamFailureKind,
    detail: string,
    readonly extra: { status?: number; capa?: CapaErrorInfo; retryAfterMs?: number; cause?: string } = {},
  ) {
    // The message is for our logs only, and never holds an upstream URL, body or key.
    super(detail);
    this.name = 'UpstreamFailure';
  }
}

const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
const TIMEOUT_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_ABORTED',
  'ETIMEDOUT',
]);
const TLS_CODE = /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/;

function codeOf(error: unknown): string {
  if (error && typeof error === 'object') {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    // Happy-eyeballs connects fail with an AggregateError whose members carry the code.
    const inner = (error as { errors?: unknown }).errors;
    if (Array.isArray(inner) && inner.length > 0) return codeOf(inner[0]);
    const name = (error as { name?: unknown }).name;
    if (name === 'TimeoutError' || name === 'AbortError') return 'UND_ERR_ABORTED';
  }
  return 'UNKNOWN';
}

/** Sorts an error thrown by undici (or by our time budget) into a failure kind. */
export function classifyTransportError(error: unknown): UpstreamFailure {
  if (error instanceof UpstreamFailure) return error;
  const code = codeOf(error);
  const kind: UpstreamFailureKind = CONNECT_CODES.has(code)
    ? 'connect'
    : RESET_CODES.has(code)
      ? 'reset'
      : TIMEOUT_CODES.has(code)
        ? 'timeout'
        : TLS_CODE.test(code)
          ? 'tls'
          : code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH'
            ? 'bad-response'
            : 'reset';
  return new UpstreamFailure(kind, `transport error ${code}`, { cause: code });
}

/** GET list may be tried again on these; an execute never is (SECURITY U2). */
export function isRetryableFailure(failure: UpstreamFailure): boolean {
  if (failure.kind === 'connect' || failure.kind === 'reset') return true;
  const status = failure.extra.status;
  return failure.kind === 'status' && status !== undefined && (status >= 500 || status === 429);
}

/** Retry-After as milliseconds (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return undefined;
  const trimmed = text.trim();
  if (/^\d{1,10}$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
