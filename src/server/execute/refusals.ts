import type { Transaction } from '../../contract/capa';
import { isValidTxHash, txHashFormat } from '../../contract/chains';
import { executeBlocker } from '../../contract/execute';
import { idempotencyKeyRefusal } from '../../contract/idempotency-key';
import { ApiHttpError } from '../errors';
import type { Intent } from './intents-repo';

/** Why an intent in the way refuses a new attempt (docs/security.md E2, E4, E6), in words for the agent. */
export function blockedBy(intent: Intent): ApiHttpError {
  const who = `${intent.agentEmail} at ${intent.createdAt.toISOString()}`;
  switch (intent.state) {
    case 'pending':
      return new ApiHttpError(
        409,
        'EXECUTE_IN_PROGRESS',
        `Another execute of this transaction is in progress (started by ${who}). Wait a moment, then reload the transaction.`,
      );
    case 'unknown':
      return new ApiHttpError(
        409,
        'EXECUTE_OUTCOME_UNKNOWN',
        `An earlier execute of this transaction (by ${who}) has an unknown outcome, so no new one is accepted ` +
          'until Capa confirms what happened. Reload the transaction in a moment.',
      );
    case 'failed':
      throw new Error('a failed intent is released: it blocks nothing');
    case 'succeeded':
      return new ApiHttpError(
        409,
        'ALREADY_EXECUTED',
        `This transaction was already executed through Rampdesk (by ${who}); it cannot be executed again, ` +
          'even while Capa still shows it as Pending.',
      );
  }
}

/** docs/security.md E1 on a fresh read: null when this transaction may be executed with this hash. */
export function refusalFor(tx: Transaction | null, hash: string | null): ApiHttpError | null {
  if (!tx) {
    return new ApiHttpError(
      404,
      'TRANSACTION_NOT_FOUND',
      'No transaction with this id exists for our partner account: it does not exist, or belongs to another ' +
        'partner. Nothing was executed.',
    );
  }
  const blocker = executeBlocker(tx);
  if (blocker) {
    return new ApiHttpError(400, 'TRANSACTION_NOT_EXECUTABLE', `${blocker} Nothing was executed.`);
  }
  const chain = tx.blockchainSymbol ?? '';
  if (hash !== null && !isValidTxHash(chain, hash)) {
    const problem = `is not a valid ${chain || 'blockchain'} transaction hash (expected ${txHashFormat(chain)})`;
    return new ApiHttpError(
      400,
      'INVALID_TRANSACTION_HASH',
      `The transaction hash ${problem}. Nothing was executed.`,
      {
        fields: { transactionHash: problem },
      },
    );
  }
  return null;
}

function keyRefused(problem: string): ApiHttpError {
  const { message, fields } = idempotencyKeyRefusal(problem);
  return new ApiHttpError(400, 'VALIDATION_ERROR', message, { fields });
}

export function keyReusedWithOtherHash(): ApiHttpError {
  return keyRefused('was already used for this transaction with a different transaction hash; use a new key');
}

export function keyUsedForOtherTransaction(): ApiHttpError {
  return keyRefused('was already used for another transaction; use a new key');
}
