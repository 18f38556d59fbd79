import { translate, type MessageKey, type MessageValues } from '../../i18n/i18n';
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

/** The BFF's words, ending with "Nothing was executed." once (they may say it already). */
function saysNothingExecuted(message: string): string {
  return /nothing was executed/i.test(message)
    ? message
    : `${message} ${translate('execute.nothingExecuted')}`;
}

function waitHint(error: ApiRequestError): string {
  return error.retryAfterSeconds
    ? translate('execute.waitSeconds', { seconds: error.retryAfterSeconds })
    : translate('execute.waitMinute');
}

interface CodeWords {
  remedy: ExecuteRemedy;
  mayHaveExecuted?: true;
  /** What the code's message fills in: the BFF's own words, a wait, the role needed. */
  values?: (error: ApiRequestError) => MessageValues;
}

const unknownOutcome = () => ({ unknownOutcome: translate('execute.unknownOutcome') });
const detailThenSameRequest = (error: ApiRequestError) => ({
  detail: saysNothingExecuted(error.message),
  sameRequest: translate('execute.sameRequest'),
});
const wait = (error: ApiRequestError) => ({ wait: waitHint(error) });

/**
 * Each code an execute can fail with that has its own words (issue 6, docs/security.md E1–E6):
 * its title and message are `execute.failure.<code in camelCase>.title` / `.message` in the
 * catalogs; any other code reads as `execute.failure.other`.
 */
const CODE_WORDS = {
  VALIDATION_ERROR: { remedy: 'close', values: (e) => ({ detail: e.message }) },
  INVALID_TRANSACTION_HASH: { remedy: 'fix-hash' },
  TRANSACTION_NOT_EXECUTABLE: { remedy: 'close' },
  TRANSACTION_ACCESS_DENIED: { remedy: 'close' },
  TRANSACTION_NOT_FOUND: { remedy: 'close' },
  EXECUTE_IN_PROGRESS: { remedy: 'close' },
  ALREADY_EXECUTED: { remedy: 'close' },
  EXECUTE_OUTCOME_UNKNOWN: { remedy: 'retry-same-key', mayHaveExecuted: true, values: unknownOutcome },
  // On an execute these come only from Capa's fresh read before it (an execute call that may have
  // reached Capa is always EXECUTE_OUTCOME_UNKNOWN), so nothing was executed.
  UPSTREAM_TIMEOUT: { remedy: 'retry-same-key', values: detailThenSameRequest },
  UPSTREAM_BAD_RESPONSE: { remedy: 'retry-same-key', values: detailThenSameRequest },
  // Nothing was sent, or only the read before the execute failed: the message says which.
  UPSTREAM_UNAVAILABLE: { remedy: 'retry-same-key', values: detailThenSameRequest },
  UPSTREAM_RATE_LIMITED: { remedy: 'retry-same-key', values: wait },
  UPSTREAM_AUTH_FAILED: { remedy: 'close' },
  UPSTREAM_REJECTED_INPUT: { remedy: 'close', values: (e) => ({ detail: saysNothingExecuted(e.message) }) },
  UPSTREAM_REFUSED: { remedy: 'close', values: (e) => ({ detail: saysNothingExecuted(e.message) }) },
  RATE_LIMITED: { remedy: 'retry-same-key', values: wait },
  OVERLOADED: { remedy: 'retry-same-key', values: wait },
  FORBIDDEN: {
    remedy: 'close',
    values: (e) => ({
      forbidden: forbiddenMessage(e.requiredRole ?? 'operator', translate('execute.forbiddenAction')),
    }),
  },
  UNAUTHENTICATED: { remedy: 'close' },
  [CLIENT_ERROR_CODES.network]: { remedy: 'retry-same-key', mayHaveExecuted: true, values: unknownOutcome },
  [CLIENT_ERROR_CODES.unexpectedResponse]: {
    remedy: 'retry-same-key',
    mayHaveExecuted: true,
    values: unknownOutcome,
  },
  [CLIENT_ERROR_CODES.invalidResponse]: {
    remedy: 'retry-same-key',
    mayHaveExecuted: true,
    values: unknownOutcome,
  },
} satisfies Record<string, CodeWords>;

/** The codes with their own words, for the test that each has them in every catalog. */
export const EXECUTE_WORDED_CODES = Object.keys(CODE_WORDS);

/** `UPSTREAM_TIMEOUT` → `execute.failure.upstreamTimeout` (catalog keys are camelCase). */
export function failureKey(code: string): string {
  const camel = code.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return `execute.failure.${camel}`;
}

function worded(key: string, values: MessageValues | undefined, remedy: ExecuteRemedy, may = false) {
  return {
    title: translate(`${key}.title` as MessageKey),
    message: translate(`${key}.message` as MessageKey, values),
    remedy,
    mayHaveExecuted: may,
  };
}

/** Each way an execute can fail, in words an agent can act on, in the active language. */
export function describeExecuteError(error: unknown): ExecuteFailure {
  if (!(error instanceof ApiRequestError)) {
    return worded('execute.failure.pageError', unknownOutcome(), 'retry-same-key', true);
  }
  const hashProblem = error.code === 'VALIDATION_ERROR' ? error.fields?.transactionHash : undefined;
  if (hashProblem) return worded('execute.failure.hashField', { problem: hashProblem }, 'fix-hash');
  if (Object.hasOwn(CODE_WORDS, error.code)) {
    const words: CodeWords = CODE_WORDS[error.code as keyof typeof CODE_WORDS];
    return worded(failureKey(error.code), words.values?.(error), words.remedy, words.mayHaveExecuted);
  }
  return worded('execute.failure.other', { detail: error.message }, 'close', true);
}
