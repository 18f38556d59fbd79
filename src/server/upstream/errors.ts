import type { CapaErrorInfo } from '../../contract/capa-error';
import type { KeyProblem } from '../../contract/readiness-api';

/**
 * What went wrong talking to Capa, typed, before anyone puts it in words: the list and read
 * routes do that in upstream/messages.ts, an execute in execute/upstream-outcome.ts, each once.
 * - connect: nothing was sent (refused, DNS, connect timeout), safe to try again
 * - tls: the certificate did not verify; nothing was sent
 * - reset: the connection broke after the request may have been sent
 * - timeout: no (complete) answer in time, after the request was sent
 * - bad-response: an answer we cannot trust (wrong type, not JSON, schema mismatch, truncated)
 * - too-large: the answer exceeded maxResponseBytes
 * - unauthorized: Capa refused the partner key (401, or a 403 that names the key); `keyProblem`
 * - rate-limited: 429
 * - server-error: 5xx
 * - redirect: 3xx, never followed (SECURITY P2)
 * - refused: any other 4xx, Capa refusing the request itself; `refusal` says which
 */
export type UpstreamFailureKind =
  | 'connect'
  | 'tls'
  | 'reset'
  | 'timeout'
  | 'bad-response'
  | 'too-large'
  | 'unauthorized'
  | 'rate-limited'
  | 'server-error'
  | 'redirect'
  | 'refused';

/**
 * What a refusal was about, read from Capa's documented codes and messages (docs/capa-api.md):
 * invalid-transition, invalid-hash and invalid-input are its 400 INVALID_USER_INPUT_ERROR (or a 422);
 * access-denied is 403 TRANSACTION_ACCESS_DENIED and forbidden any other 403; not-found is 404
 * TRANSACTION_NOT_FOUND and no-such-route a 404 without it (most likely a wrong base URL).
 */
export type Refusal =
  | 'invalid-transition'
  | 'invalid-hash'
  | 'invalid-input'
  | 'access-denied'
  | 'forbidden'
  | 'not-found'
  | 'no-such-route'
  | 'conflict'
  | 'other';

/** Whether Capa's message was one of its documented ones, other words, or absent. */
export type CapaWording = 'documented' | 'other' | 'none';

export interface UpstreamFailureFacts {
  status?: number;
  capa?: CapaErrorInfo;
  retryAfterMs?: number;
  cause?: string;
  keyProblem?: KeyProblem;
  refusal?: Refusal;
  wording?: CapaWording;
  /** Names of our own request's fields that Capa's message mentions: ours, so safe to repeat. */
  named?: string[];
}

export class UpstreamFailure extends Error {
  constructor(
    readonly kind: UpstreamFailureKind,
    detail: string,
    readonly extra: UpstreamFailureFacts = {},
  ) {
    // The message is for our logs only, and never holds an upstream URL, body or key.
    super(detail);
    this.name = 'UpstreamFailure';
  }
}

/**
 * The facts of a failure for a log line (and an ApiHttpError's detail): never Capa's free text,
 * which could echo anything we sent; its code only, and our own classification of its message.
 */
export function failureDetail(failure: UpstreamFailure): Record<string, unknown> {
  const { status, capa, cause, keyProblem, refusal, wording, named } = failure.extra;
  const facts: Record<string, unknown> = {
    upstreamFailure: failure.kind,
    upstreamStatus: status,
    capaCode: capa?.code ?? undefined,
    keyProblem,
    refusal,
    capaWording: wording,
    capaNamed: named && named.length > 0 ? named : undefined,
    cause,
  };
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
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

const RETRYABLE = new Set<UpstreamFailureKind>(['connect', 'reset', 'server-error', 'rate-limited']);

/** GET list may be tried again on these; an execute never is (SECURITY U2). */
export function isRetryableFailure(failure: UpstreamFailure): boolean {
  return RETRYABLE.has(failure.kind);
}
