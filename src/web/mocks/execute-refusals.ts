/**
 * Why the mocks' execute refuses an attempt, as the BFF's src/server/execute/refusals.ts decides it
 * (docs/security.md E1, E2, E3, E6): status, code, the BFF's words, and the fields it names.
 */
import type { ApiErrorCode } from '../../contract/api';
import { isValidTxHash, txHashFormat } from '../../contract/chains';
import { executeBlocker } from '../../contract/execute';
import { idempotencyKeyRefusal } from '../../contract/idempotency-key';
import { auditStore } from './audit-store';
import { findTransaction } from './transaction-store';

export type Refusal = [status: number, code: ApiErrorCode, message: string, fields?: Record<string, string>];

export const keyProblem = (problem: string): Refusal => {
  const { message, fields } = idempotencyKeyRefusal(problem);
  return [400, 'VALIDATION_ERROR', message, fields];
};

/** What stops a new intent on this transaction (refusals.ts blockedBy), or null. */
export function blocked(transactionId: string): Refusal | null {
  const trail = auditStore.forTransaction(transactionId);
  const who = (email: string, at: string) => `${email} at ${at}`;
  const open = trail.blockingIntent;
  if (open?.state === 'pending') {
    return [
      409,
      'EXECUTE_IN_PROGRESS',
      `Another execute of this transaction is in progress (started by ${who(open.agentEmail, open.since)}). Wait a moment, then reload the transaction.`,
    ];
  }
  if (open?.state === 'unknown') {
    return [
      409,
      'EXECUTE_OUTCOME_UNKNOWN',
      `An earlier execute of this transaction (by ${who(open.agentEmail, open.since)}) has an unknown outcome, so no new one is accepted until Capa confirms what happened. Reload the transaction in a moment.`,
    ];
  }
  if (trail.executed) {
    return [
      409,
      'ALREADY_EXECUTED',
      `This transaction was already executed through Rampdesk (by ${who(trail.executed.agentEmail, trail.executed.at)}); it cannot be executed again, even while Capa still shows it as Pending.`,
    ];
  }
  return null;
}

/** E1 on the transaction as it is now (refusals.ts refusalFor), or null. */
export function notExecutable(transactionId: string, hash: string | null): Refusal | null {
  const tx = findTransaction(transactionId);
  if (!tx) {
    return [
      404,
      'TRANSACTION_NOT_FOUND',
      'No transaction with this id exists for our partner account: it does not exist, or belongs to another partner. Nothing was executed.',
    ];
  }
  const blocker = executeBlocker(tx);
  if (blocker) return [400, 'TRANSACTION_NOT_EXECUTABLE', `${blocker} Nothing was executed.`];
  const chain = tx.blockchainSymbol ?? '';
  if (hash !== null && !isValidTxHash(chain, hash)) {
    const problem = `is not a valid ${chain || 'blockchain'} transaction hash (expected ${txHashFormat(chain)})`;
    return [
      400,
      'INVALID_TRANSACTION_HASH',
      `The transaction hash ${problem}. Nothing was executed.`,
      { transactionHash: problem },
    ];
  }
  return null;
}
