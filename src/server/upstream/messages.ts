import type { ApiErrorCode } from '../../contract/api';
import { ApiHttpError } from '../errors';
import { UpstreamFailure, failureDetail } from './errors';

/**
 * Why Rampdesk read from Capa: the transactions table (`list`), one transaction for the drawer
 * (`read`), or the fresh read before an execute (`check`, after which nothing was executed).
 */
export type ReadPurpose = 'list' | 'read' | 'check';

export const AUTH_FAILED_MESSAGE =
  'Capa rejected the partner API key: a service configuration problem, not your session. ' +
  'Tell whoever runs Rampdesk; signing in again will not help.';

export const TLS_MESSAGE =
  'Capa’s TLS certificate could not be verified, so nothing was sent: a service configuration problem. ' +
  'Tell whoever runs Rampdesk.';

export const REDIRECT_MESSAGE =
  'Capa answered with a redirect, which Rampdesk does not follow: a service configuration problem ' +
  '(the Capa address it is set up with). Tell whoever runs Rampdesk.';

export const NO_SUCH_ROUTE_MESSAGE =
  'Capa answered “not found” about the request itself rather than a transaction: the Capa address ' +
  'Rampdesk is set up with is probably wrong, a service configuration problem. Tell whoever runs Rampdesk.';

export const FORBIDDEN_MESSAGE =
  'Capa refused access for a reason other than the partner key or the transaction’s owner (its ' +
  'permissions for our partner account, or a firewall in front of it): a service configuration ' +
  'problem. Tell whoever runs Rampdesk.';

/** Retry-After we pass on to the browser: bounded so a silly upstream value cannot park the SPA. */
export function boundedRetryAfterSeconds(ms: number | undefined): number {
  if (ms === undefined) return 5;
  return Math.min(120, Math.max(1, Math.ceil(ms / 1000)));
}

/** Capa's 429, passed on as ours with a bounded Retry-After; `tail` says what did not happen. */
export function rateLimitedError(failure: UpstreamFailure, tail = ''): ApiHttpError {
  const seconds = boundedRetryAfterSeconds(failure.extra.retryAfterMs);
  return new ApiHttpError(
    503,
    'UPSTREAM_RATE_LIMITED',
    `Capa is limiting requests right now${tail}; try again in ${seconds} seconds.`,
    { headers: { 'retry-after': String(seconds) }, detail: failureDetail(failure) },
  );
}

/** "status, userId": the names Capa's message mentions, all of them our own request's. */
export function namedFields(failure: UpstreamFailure): string {
  return (failure.extra.named ?? []).join(', ');
}

const WHAT: Record<ReadPurpose, string> = {
  list: 'these filters',
  read: 'the look-up of this transaction',
  check: 'the look-up of this transaction before the execute',
};

function rejectedInput(failure: UpstreamFailure, purpose: ReadPurpose): string {
  const named = namedFields(failure);
  const where = named ? ` It named: ${named}.` : ' It did not say which part.';
  const remedy =
    purpose === 'list'
      ? ' Change the filters; tell whoever runs Rampdesk if they look right.'
      : ' Tell whoever runs Rampdesk if it keeps happening.';
  return `Capa refused ${WHAT[purpose]} as invalid input.${where}${remedy}`;
}

/**
 * Puts a failed read from Capa in words for the agent (SECURITY U1–U3), the one place this is
 * done for reads. Messages are ours only: never an upstream URL, body, stack or the key; Capa's
 * own words are recognised (status-failure.ts), never repeated.
 */
export function readFailureError(failure: UpstreamFailure, purpose: ReadPurpose): ApiHttpError {
  const detail = failureDetail(failure);
  // After the check nothing was executed, and the agent must know that to act calmly.
  const after = purpose === 'check' ? ' Nothing was executed.' : '';
  const fail = (status: number, code: ApiErrorCode, message: string) =>
    new ApiHttpError(status, code, `${message}${after}`, { detail });
  const upstreamStatus = failure.extra.status;

  switch (failure.kind) {
    case 'connect':
      return fail(502, 'UPSTREAM_UNAVAILABLE', 'Capa could not be reached; try again in a minute.');
    case 'tls':
      return fail(502, 'UPSTREAM_UNAVAILABLE', TLS_MESSAGE);
    case 'reset':
      return fail(502, 'UPSTREAM_UNAVAILABLE', 'The connection to Capa broke; try again in a minute.');
    case 'server-error':
      return fail(502, 'UPSTREAM_UNAVAILABLE', 'Capa is having problems; try again in a minute.');
    case 'timeout':
      return fail(504, 'UPSTREAM_TIMEOUT', 'Capa did not answer in time; try again in a minute.');
    case 'bad-response':
    case 'too-large':
      return fail(502, 'UPSTREAM_BAD_RESPONSE', 'Capa’s answer could not be read; try again in a minute.');
    case 'rate-limited':
      return rateLimitedError(failure, purpose === 'check' ? ', so nothing was executed' : '');
    case 'unauthorized':
      return fail(502, 'UPSTREAM_AUTH_FAILED', AUTH_FAILED_MESSAGE);
    case 'redirect':
      return fail(502, 'UPSTREAM_REFUSED', REDIRECT_MESSAGE);
    case 'refused':
      switch (failure.extra.refusal) {
        case 'access-denied':
          return fail(
            403,
            'TRANSACTION_ACCESS_DENIED',
            purpose === 'list'
              ? 'Capa says these filters reach transactions of another partner; change them.'
              : 'Capa says this transaction belongs to another partner.',
          );
        case 'not-found':
          return fail(
            404,
            'TRANSACTION_NOT_FOUND',
            purpose === 'list'
              ? 'Capa has no transactions matching these filters for our partner account.'
              : 'No transaction with this id exists for our partner account.',
          );
        case 'forbidden':
          return fail(502, 'UPSTREAM_REFUSED', FORBIDDEN_MESSAGE);
        case 'no-such-route':
          return fail(502, 'UPSTREAM_REFUSED', NO_SUCH_ROUTE_MESSAGE);
        case 'invalid-input':
        case 'invalid-hash':
        case 'invalid-transition':
          return fail(400, 'UPSTREAM_REJECTED_INPUT', rejectedInput(failure, purpose));
        default:
          return fail(
            502,
            'UPSTREAM_REFUSED',
            `Capa refused the request with HTTP ${upstreamStatus}, which Rampdesk does not expect from it; ` +
              'try again in a minute, and tell whoever runs Rampdesk if it keeps happening.',
          );
      }
  }
}

/** For callers that may also see errors of their own: only an UpstreamFailure is put in words. */
export function asReadError(error: unknown, purpose: ReadPurpose): unknown {
  return error instanceof UpstreamFailure ? readFailureError(error, purpose) : error;
}
