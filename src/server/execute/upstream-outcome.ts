import { IDEMPOTENCY_KEY_NAME } from '../../contract/idempotency-key';
import { ApiHttpError } from '../errors';
import { failureDetail, type UpstreamFailure } from '../upstream/errors';
import {
  AUTH_FAILED_MESSAGE,
  FORBIDDEN_MESSAGE,
  NO_SUCH_ROUTE_MESSAGE,
  REDIRECT_MESSAGE,
  TLS_MESSAGE,
  namedFields,
  rateLimitedError,
} from '../upstream/messages';

/**
 * What a failed execute call means, decided here once for the audit entry and the answer alike:
 * `failed` when Capa certainly did not execute (nothing sent, or a definitive refusal) and the
 * agent gets the reason; `unknown` when it may have (docs/security.md E4), always answered 504
 * EXECUTE_OUTCOME_UNKNOWN, so the dialog never says "unknown" of an attempt the audit calls failed.
 */
export interface ExecuteFailure {
  state: 'failed' | 'unknown';
  error: ApiHttpError;
}

export function outcomeUnknownError(reason: string, detail: Record<string, unknown> = {}) {
  return new ApiHttpError(
    504,
    'EXECUTE_OUTCOME_UNKNOWN',
    `${reason}, so whether this execute happened is unknown. Do not start a new one: Rampdesk asks Capa ` +
      'again (with the same Idempotency-Key, so nothing runs twice) when the transaction is next opened. ' +
      'Reload it in a moment.',
    { detail },
  );
}

/** A definitive refusal, and what it means when it answers a re-send of an unknown outcome. */
interface Refused {
  error: ApiHttpError;
  /**
   * Only Capa refusing the request itself (its body: hash, id, partner) proves the first send
   * failed too; a refused key, a rate limit, no connection or "no longer executable" (our first
   * send may be why) prove nothing about it, and leave the outcome unknown with this reason.
   */
  onResend: 'settles' | string;
}

function invalidInputMessage(failure: UpstreamFailure, hashSent: boolean): string {
  const named = failure.extra.named ?? [];
  if (named.includes(IDEMPOTENCY_KEY_NAME)) {
    return 'Capa did not accept the Idempotency-Key Rampdesk made for this execute: a problem on Rampdesk’s side. Tell whoever runs Rampdesk.';
  }
  if (named.includes('transactionId')) {
    return 'Capa did not accept the transaction id as input. Check the id against the ticket; tell whoever runs Rampdesk if it is right.';
  }
  const carried = hashSent ? 'the transaction id and hash' : 'the transaction id (no hash)';
  const which = named.length > 0 ? `It named: ${namedFields(failure)}.` : 'It did not say which part.';
  return `Capa refused the execute request as invalid input. ${which} The request carried ${carried}: check them against the ticket, and tell whoever runs Rampdesk if they are right.`;
}

/** Every definitive answer Capa can give an execute, in words, with its meaning on a re-send. */
function refusedBy(failure: UpstreamFailure, hashSent: boolean): Refused {
  const detail = failureDetail(failure);
  const error = (status: number, code: ApiHttpError['code'], message: string) =>
    new ApiHttpError(status, code, message, { detail });
  const nothingSent = 'Capa could not be asked again';
  const proveNothing = 'Capa’s answer to the repeated request says nothing about the first';
  switch (failure.kind) {
    case 'connect':
      return {
        error: error(
          502,
          'UPSTREAM_UNAVAILABLE',
          'Capa could not be reached, so nothing was executed; try again in a minute.',
        ),
        onResend: nothingSent,
      };
    case 'tls':
      return { error: error(502, 'UPSTREAM_UNAVAILABLE', TLS_MESSAGE), onResend: nothingSent };
    case 'rate-limited':
      return { error: rateLimitedError(failure, ', so nothing was executed'), onResend: nothingSent };
    case 'unauthorized':
      return { error: error(502, 'UPSTREAM_AUTH_FAILED', AUTH_FAILED_MESSAGE), onResend: nothingSent };
    case 'redirect':
      return { error: error(502, 'UPSTREAM_REFUSED', REDIRECT_MESSAGE), onResend: nothingSent };
    default:
      break;
  }
  switch (failure.extra.refusal) {
    case 'access-denied':
      return {
        error: error(403, 'TRANSACTION_ACCESS_DENIED', 'This transaction belongs to another partner.'),
        onResend: 'settles',
      };
    case 'not-found':
      return {
        error: error(
          404,
          'TRANSACTION_NOT_FOUND',
          'Capa has no transaction with this id for our partner account.',
        ),
        onResend: 'settles',
      };
    case 'invalid-transition':
      return {
        error: error(
          400,
          'TRANSACTION_NOT_EXECUTABLE',
          'Capa refused to execute this transaction in its current state: it may have been executed already or ' +
            'moved on. Reload it to see its status.',
        ),
        onResend: 'Capa no longer accepts an execute of this transaction',
      };
    case 'invalid-hash':
      return {
        error: error(
          400,
          'INVALID_TRANSACTION_HASH',
          'Capa did not accept the transaction hash: check that it is the hash of the user’s crypto transfer on ' +
            'the transaction’s chain.',
        ),
        onResend: 'settles',
      };
    case 'invalid-input':
      return {
        error: error(400, 'UPSTREAM_REJECTED_INPUT', invalidInputMessage(failure, hashSent)),
        onResend: 'settles',
      };
    case 'forbidden':
      return { error: error(502, 'UPSTREAM_REFUSED', FORBIDDEN_MESSAGE), onResend: proveNothing };
    case 'no-such-route':
      return { error: error(502, 'UPSTREAM_REFUSED', NO_SUCH_ROUTE_MESSAGE), onResend: proveNothing };
    case 'conflict':
      return {
        error: error(
          502,
          'UPSTREAM_REFUSED',
          'Capa refused the execute as conflicting with another request (HTTP 409). Reload the transaction to ' +
            'see its status before trying again.',
        ),
        // A 409 to a re-send can mean the first send is still being processed.
        onResend: 'Capa says another request for it is still in progress',
      };
    default:
      return {
        error: error(
          502,
          'UPSTREAM_REFUSED',
          `Capa refused the execute with HTTP ${failure.extra.status}, which Rampdesk does not expect from it; ` +
            'tell whoever runs Rampdesk if it keeps happening.',
        ),
        onResend: proveNothing,
      };
  }
}

/** Why the outcome is unknown when the request may have reached Capa and been applied; else null. */
function maybeApplied(failure: UpstreamFailure): string | null {
  switch (failure.kind) {
    case 'timeout':
      return 'Capa did not answer in time';
    case 'reset':
      return 'The connection to Capa broke during the execute';
    case 'bad-response':
    case 'too-large':
      return 'Capa’s answer could not be read';
    case 'server-error':
      return `Capa had a problem (HTTP ${failure.extra.status})`;
    case 'redirect':
      // 303 See Other is how a server points at the result of a request it performed (RFC 9110
      // 15.4.4); any other redirect means the request was not processed where it was sent.
      return failure.extra.status === 303
        ? 'Capa answered “see other” (HTTP 303), which can follow a performed request'
        : null;
    default:
      return null;
  }
}

/**
 * The one place an execute's UpstreamFailure is put in words. `resend`: the call repeated an
 * intent whose outcome was unknown, which only a refusal of the request itself settles as failed.
 */
export function executeFailureOf(
  failure: UpstreamFailure,
  resend: boolean,
  hashSent: boolean,
): ExecuteFailure {
  const detail = failureDetail(failure);
  const unknownBecause = maybeApplied(failure);
  if (unknownBecause) return { state: 'unknown', error: outcomeUnknownError(unknownBecause, detail) };
  const { error, onResend } = refusedBy(failure, hashSent);
  if (resend && onResend !== 'settles')
    return { state: 'unknown', error: outcomeUnknownError(onResend, detail) };
  return { state: 'failed', error };
}
