import type { Amount, Transaction } from '../../contract/capa';
import type { TransactionStatus } from '../../contract/statuses';

/**
 * What happens to an off-ramp after execute. Computed lazily from the execute time and the clock
 * instead of with timers: nothing to clean up, and a fake clock makes tests deterministic.
 */
export type Outcome = 'complete' | 'cancel' | 'cryptoNotReceived';

export interface Execution {
  at: number;
  hash: string | null;
  outcome: Outcome;
}

/** Status after each step; the last one is final. */
const PATHS: Record<Outcome, readonly TransactionStatus[]> = {
  complete: ['PENDING', 'IN_PROGRESS', 'BANK_TRANSFER_PENDING', 'COMPLETED'],
  // The bank-ownership check runs while processing, so the cancel follows IN_PROGRESS.
  cancel: ['PENDING', 'IN_PROGRESS', 'CANCELLED'],
  // No crypto ever arrives: the first check already reports it.
  cryptoNotReceived: ['PENDING', 'CRYPTO_NOT_RECEIVED'],
};

/** Canonical decimal text ("010.010" -> "10.01"), so magic amounts match without float rounding. */
export function canonicalDecimal(value: Amount | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const match = /^\s*\+?(\d+)(?:\.(\d*))?\s*$/.exec(String(value));
  if (!match) return null;
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** Staging's test amounts (docs/capa-api.md): both the current and the older set force an outcome. */
export function outcomeFor(cryptoAmount: Amount | null | undefined): Outcome {
  switch (canonicalDecimal(cryptoAmount)) {
    case '10.02':
    case '1.02':
      return 'cancel';
    case '10.03':
    case '1.03':
      return 'cryptoNotReceived';
    default:
      return 'complete';
  }
}

export interface LifecycleState {
  status: TransactionStatus;
  /** When the final step was reached, or null while still moving. */
  finishedAt: number | null;
}

export function lifecycleState(exec: Execution, now: number, stepMs: number): LifecycleState {
  const path = PATHS[exec.outcome];
  const last = path.length - 1;
  const step = stepMs <= 0 ? last : Math.max(0, Math.min(last, Math.floor((now - exec.at) / stepMs)));
  return { status: path[step]!, finishedAt: step === last ? exec.at + last * Math.max(0, stepMs) : null };
}

/** The transaction as Capa would report it now, given its execution. */
export function applyExecution(tx: Transaction, exec: Execution, now: number, stepMs: number): Transaction {
  const state = lifecycleState(exec, now, stepMs);
  const out: Transaction = {
    ...tx,
    status: state.status,
    completedAt: state.status === 'COMPLETED' ? new Date(state.finishedAt!).toISOString() : null,
    invoice: {
      paymentUrl: null,
      ...tx.invoice,
      transactionHash: exec.hash ?? tx.invoice?.transactionHash ?? null,
    },
  };
  if (state.status === 'CANCELLED') out.cancellationReason = 'NAME_VERIFICATION_FAILED';
  else delete out.cancellationReason;
  return out;
}
