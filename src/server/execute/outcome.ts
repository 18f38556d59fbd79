import type { FastifyBaseLogger } from 'fastify';
import type { CapaExecuteBody } from '../../contract/capa';
import { codeWords } from '../../contract/code-words';
import { statusLabel } from '../../contract/execute';
import type { ApiHttpError } from '../errors';
import type { CapaClient } from '../upstream/client';
import { UpstreamFailure } from '../upstream/errors';
import type { AttemptAnswer } from './audit-repo';
import { executeFailureOf, outcomeUnknownError } from './upstream-outcome';

export { outcomeUnknownError };

/** What one execute call to Capa came to. */
export type CallResult =
  | { state: 'succeeded'; status: string; answer: AttemptAnswer }
  | { state: 'failed' | 'unknown'; error: ApiHttpError; answer: AttemptAnswer };

/**
 * Sorts a failed call (upstream-outcome.ts decides what it means) and writes its audit answer
 * from the very error the agent gets, so the audit and the dialog say the same thing.
 */
export function classifyFailure(
  error: unknown,
  resend: boolean,
  hashSent = false,
): Extract<CallResult, { error: unknown }> {
  if (!(error instanceof UpstreamFailure)) {
    // Not an answer we understand (a bug of ours): never assume nothing happened.
    const unknown = outcomeUnknownError('Something went wrong on our side while calling Capa');
    return { state: 'unknown', error: unknown, answer: answerOf('unknown', unknown, null) };
  }
  const { state, error: answerError } = executeFailureOf(error, resend, hashSent);
  return { state, error: answerError, answer: answerOf(state, answerError, error) };
}

function answerOf(
  outcome: 'failed' | 'unknown',
  error: ApiHttpError,
  failure: UpstreamFailure | null,
): AttemptAnswer {
  // Capa's own code when it gave one, else ours; the words are always ours (written for agents).
  return {
    outcome,
    upstreamStatus: failure?.extra.status ?? null,
    upstreamCode: failure?.extra.capa?.code ?? error.code,
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
        upstreamMessage: `Capa accepted the execute; the transaction is now “${statusLabel(result.status)}”.`,
      },
    };
  } catch (error) {
    return classifyFailure(error, resend, body.transactionHash !== undefined);
  }
}

/** How an unknown outcome came to be known, for its audit entries' resolvedBy. */
export function settledHow(result: CallResult, sentAt: Date): string {
  const { upstreamStatus, upstreamCode } = result.answer;
  const answer =
    result.state === 'succeeded'
      ? 'Capa confirmed the execute'
      : `Capa refused it (${upstreamCode ? codeWords(upstreamCode) : `HTTP ${upstreamStatus}`}), so nothing was executed,`;
  return `${answer} when the same request (same Idempotency-Key) was sent again at ${sentAt.toISOString()}`;
}
