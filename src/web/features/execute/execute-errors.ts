import { ApiRequestError, CLIENT_ERROR_CODES } from '../../lib/api-client';
import { forbiddenMessage } from '../../lib/forbidden-message';

/** What the dialog may offer after a failed execute. */
export type ExecuteRemedy =
  /** Send the same intent again, with the same Idempotency-Key: Capa executes it at most once. */
  | 'retry-same-key'
  /** Fix the transaction hash and send again. */
  | 'fix-hash'
  /** Nothing to do here: close, and read the drawer and its audit trail. */
  | 'close';

export interface ExecuteFailure {
  title: string;
  message: string;
  remedy: ExecuteRemedy;
  /** The outcome may be that the payout started: the agent must not start another execute. */
  mayHaveExecuted: boolean;
}

const SAME_REQUEST = '“Try again” resends this same request, which Capa carries out at most once.';

const UNKNOWN_OUTCOME =
  'Do not start another execute of this transaction, here or in another tab, and do not ask Capa to ' +
  'pay out by other means: Rampdesk checks the transaction and records the outcome in its audit trail. ' +
  SAME_REQUEST;

const NOTHING_EXECUTED = 'Nothing was executed.';

/** The BFF's words, ending with "Nothing was executed." once (they may say it already). */
function saysNothingExecuted(message: string): string {
  return /nothing was executed/i.test(message) ? message : `${message} ${NOTHING_EXECUTED}`;
}

function waitHint(error: ApiRequestError): string {
  return error.retryAfterSeconds
    ? `Try again in ${error.retryAfterSeconds} seconds.`
    : 'Try again in a minute.';
}

/** Each way an execute can fail, in words an agent can act on (issue 6, docs/security.md E1–E6). */
export function describeExecuteError(error: unknown): ExecuteFailure {
  if (!(error instanceof ApiRequestError)) {
    return {
      title: 'Something went wrong in this page',
      message: `The execute may or may not have been sent. ${UNKNOWN_OUTCOME}`,
      remedy: 'retry-same-key',
      mayHaveExecuted: true,
    };
  }
  const fail = (title: string, message: string, remedy: ExecuteRemedy, mayHaveExecuted = false) => ({
    title,
    message,
    remedy,
    mayHaveExecuted,
  });
  switch (error.code) {
    case 'VALIDATION_ERROR':
      if (error.fields?.transactionHash) {
        return fail(
          'The transaction hash is not valid',
          `The hash ${error.fields.transactionHash}.`,
          'fix-hash',
        );
      }
      return fail('Rampdesk refused the request', `${error.message} ${NOTHING_EXECUTED}`, 'close');
    case 'INVALID_TRANSACTION_HASH':
      return fail(
        'Capa did not accept the transaction hash',
        'Check that it is the hash of the user’s crypto transfer, on this transaction’s chain, in the block ' +
          `explorer; then correct it, or leave it empty. ${NOTHING_EXECUTED}`,
        'fix-hash',
      );
    case 'TRANSACTION_NOT_EXECUTABLE':
      return fail(
        'This transaction can no longer be executed',
        'Capa refused it in its current state: it was executed already or has moved on. The drawer now ' +
          `shows its current status. ${NOTHING_EXECUTED}`,
        'close',
      );
    case 'TRANSACTION_ACCESS_DENIED':
      return fail(
        'This transaction is not ours',
        'Capa says it belongs to another partner, so Rampdesk cannot execute it. Check the id with the ' +
          `ticket. ${NOTHING_EXECUTED}`,
        'close',
      );
    case 'TRANSACTION_NOT_FOUND':
      return fail(
        'Transaction not found',
        `Capa has no transaction with this id for our partner account. ${NOTHING_EXECUTED}`,
        'close',
      );
    case 'EXECUTE_IN_PROGRESS':
      return fail(
        'An execute of this transaction is already in progress',
        'Another agent, or you in another tab, started it moments ago. Wait for its outcome in the audit ' +
          `trail instead of starting another. This request executed nothing.`,
        'close',
      );
    case 'ALREADY_EXECUTED':
      return fail(
        'Already executed',
        'Rampdesk executed this transaction before; it is not executed twice. The drawer says who and when. ' +
          'Capa may still show it as PENDING while it pays out.',
        'close',
      );
    case 'EXECUTE_OUTCOME_UNKNOWN':
      return fail(
        'Outcome unknown: Capa did not confirm',
        `Capa may or may not have started the payout. ${UNKNOWN_OUTCOME}`,
        'retry-same-key',
        true,
      );
    // On an execute these come only from Capa's fresh read before it (an execute call that may have
    // reached Capa is always EXECUTE_OUTCOME_UNKNOWN), so nothing was executed.
    case 'UPSTREAM_TIMEOUT':
    case 'UPSTREAM_BAD_RESPONSE':
      return fail(
        'Capa could not be checked first',
        `${saysNothingExecuted(error.message)} ${SAME_REQUEST}`,
        'retry-same-key',
      );
    case 'UPSTREAM_UNAVAILABLE':
      // Nothing was sent, or only the read before the execute failed: the message says which.
      return fail(
        'Capa is unavailable',
        `${saysNothingExecuted(error.message)} ${SAME_REQUEST}`,
        'retry-same-key',
      );
    case 'UPSTREAM_RATE_LIMITED':
      return fail(
        'Capa is busy',
        `Capa is limiting requests. ${NOTHING_EXECUTED} ${waitHint(error)}`,
        'retry-same-key',
      );
    case 'UPSTREAM_AUTH_FAILED':
      return fail(
        'Rampdesk cannot talk to Capa',
        'Capa refused Rampdesk’s partner API key: a service configuration problem, not your session. ' +
          `${NOTHING_EXECUTED} Tell whoever runs Rampdesk; retrying will not help.`,
        'close',
      );
    case 'UPSTREAM_REJECTED_INPUT':
      return fail('Capa refused the request', saysNothingExecuted(error.message), 'close');
    case 'UPSTREAM_REFUSED':
      return fail('Capa did not accept the request', saysNothingExecuted(error.message), 'close');
    case 'RATE_LIMITED':
      return fail(
        'Too many executes in a short time',
        `Rampdesk limits how often one agent can execute. ${NOTHING_EXECUTED} ${waitHint(error)}`,
        'retry-same-key',
      );
    case 'OVERLOADED':
      return fail('Rampdesk is overloaded', `${NOTHING_EXECUTED} ${waitHint(error)}`, 'retry-same-key');
    case 'FORBIDDEN':
      return fail(
        'Not allowed with your role',
        `${forbiddenMessage(error.requiredRole ?? 'operator', 'execute off-ramps')} ${NOTHING_EXECUTED}`,
        'close',
      );
    case 'UNAUTHENTICATED':
      return fail(
        'Your session ended',
        `Sign in again, then check the audit trail. ${NOTHING_EXECUTED}`,
        'close',
      );
    case CLIENT_ERROR_CODES.network:
    case CLIENT_ERROR_CODES.unexpectedResponse:
      return fail(
        'No answer from Rampdesk’s server',
        `The request may have reached it before the connection failed. ${UNKNOWN_OUTCOME}`,
        'retry-same-key',
        true,
      );
    case CLIENT_ERROR_CODES.invalidResponse:
      return fail(
        'The answer could not be read',
        `Rampdesk’s server answered, but this page could not read it: the execute may have succeeded. ${UNKNOWN_OUTCOME}`,
        'retry-same-key',
        true,
      );
    default:
      return fail(
        'The execute failed',
        `${error.message} Check the audit trail before trying again.`,
        'close',
        true,
      );
  }
}
