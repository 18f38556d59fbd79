import type { FastifyBaseLogger } from 'fastify';
import type { CapaExecuteBody } from '../../contract/capa';
import { ApiHttpError } from '../errors';
import type { CapaClient } from '../upstream/client';
import type { UpstreamFailureKind } from '../upstream/errors';
import type { AttemptAnswer } from './audit-repo';

/** What one execute call to Capa came to. */
export type CallResult =
  | { state: 'succeeded'; status: string; answer: AttemptAnswer }
  | { state: 'failed' | 'unknown'; error: ApiHttpError; answer: AttemptAnswer };

// Faults after which the request may have reached Capa and been applied (docs/security.md E4).
const MAYBE_APPLIED = new Set<UpstreamFailureKind>(['timeout', 'reset', 'bad-response', 'too-large']);

const REASONS: Partial<Record<UpstreamFailureKind, string>> = {
  timeout: 'Capa did not answer in time',
  reset: 'The connection to Capa broke during the execute',
  'bad-response': 'Capa’s answer could not be read',
  'too-large': 'Capa’s answer could not be read',
};

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

/**
 * On a re-send, only Capa refusing the request itself (its body: hash, id, partner) proves the
 * first send failed too; a refused key, a rate limit, no connection or "no longer executable" (our
 * first send may be why) prove nothing about it.
 */
function refusesTheRequestItself(kind: UpstreamFailureKind | undefined, status: number | null, code: string) {
  if (kind !== 'status' || status === null || ![400, 403, 404, 422].includes(status)) return false;
  return code !== 'TRANSACTION_NOT_EXECUTABLE' && code !== 'UPSTREAM_AUTH_FAILED';
}

/**
 * Sorts a failed call: `failed` when Capa certainly did not execute (nothing sent, or a definitive
 * refusal), `unknown` when it may have. `resend`: the call repeated an intent whose outcome was
 * unknown, which only a refusal of the request itself settles as failed.
 */
export function classifyFailure(error: unknown, resend: boolean): Extract<CallResult, { error: unknown }> {
  if (!(error instanceof ApiHttpError)) {
    // Not an answer we understand (a bug of ours): never assume nothing happened.
    const unknown = outcomeUnknownError('Something went wrong on our side while calling Capa');
    return { state: 'unknown', error: unknown, answer: answerOf('unknown', unknown, null) };
  }
  const kind = error.detail.upstreamFailure as UpstreamFailureKind | undefined;
  const status = typeof error.detail.upstreamStatus === 'number' ? error.detail.upstreamStatus : null;
  const capaCode = typeof error.detail.capaCode === 'string' ? error.detail.capaCode : null;
  const serverError = kind === 'status' && status !== null && status >= 500;
  if ((kind && MAYBE_APPLIED.has(kind)) || serverError) {
    const reason = serverError ? `Capa had a problem (HTTP ${status})` : REASONS[kind!]!;
    const unknown = outcomeUnknownError(reason, error.detail);
    return { state: 'unknown', error: unknown, answer: answerOf('unknown', unknown, status, capaCode) };
  }
  if (resend && !refusesTheRequestItself(kind, status, error.code)) {
    const unknown = outcomeUnknownError(
      error.code === 'TRANSACTION_NOT_EXECUTABLE'
        ? 'Capa no longer accepts an execute of this transaction'
        : 'Capa could not be asked again',
      error.detail,
    );
    return { state: 'unknown', error: unknown, answer: answerOf('unknown', unknown, status, capaCode) };
  }
  return { state: 'failed', error, answer: answerOf('failed', error, status, capaCode) };
}

function answerOf(
  outcome: 'failed' | 'unknown',
  error: ApiHttpError,
  status: number | null,
  capaCode: string | null = null,
): AttemptAnswer {
  // Capa's own code when it gave one, else ours; the words are always ours (written for agents).
  return {
    outcome,
    upstreamStatus: status,
    upstreamCode: capaCode ?? error.code,
    upstreamMessage: error.message,
  };
}

/** One execute call, never retried here: a retry is a new call with the same key, decided by the caller. */
export async function callExecute(
  client: CapaClient,
  body: CapaExecuteBody,
  idempotencyKey: string,
  log: FastifyBaseLogger,
  resend: boolean,
): Promise<CallResult> {
  try {
    const result = await client.executeOffRamp(body, idempotencyKey, { log });
    return {
      state: 'succeeded',
      status: result.status,
      answer: {
        outcome: 'succeeded',
        upstreamStatus: 200,
        upstreamCode: null,
        upstreamMessage: `Capa accepted the execute; the transaction is now ${result.status}.`,
      },
    };
  } catch (error) {
    return classifyFailure(error, resend);
  }
}

/** How an unknown outcome came to be known, for its audit entries' resolvedBy. */
export function settledHow(result: CallResult, sentAt: Date): string {
  const { upstreamStatus, upstreamCode } = result.answer;
  const answer =
    result.state === 'succeeded'
      ? 'Capa confirmed the execute'
      : `Capa refused it (${[upstreamStatus, upstreamCode].filter((x) => x !== null).join(' ')}), so nothing was executed,`;
  return `${answer} when the same request (same Idempotency-Key) was sent again at ${sentAt.toISOString()}`;
}
