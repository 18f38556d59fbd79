/** What an agent needs to know about each of the 19 transaction statuses Capa reports. */
import { isTransactionStatus, type TransactionStatus } from './status-codes';

// The codes live apart from their facts so the SPA's first load can know a status without carrying
// every status's English (docs/architecture.md, "What the first load carries").
export { isTransactionStatus, TRANSACTION_STATUSES, type TransactionStatus } from './status-codes';

/** Badge colour family; the SPA maps each tone to its palette. */
export type StatusTone = 'neutral' | 'info' | 'progress' | 'attention' | 'success' | 'danger';

/** Groups used to arrange the status filter so agents find a status quickly. */
export type StatusGroup = 'waiting' | 'processing' | 'attention' | 'done' | 'stopped';

export const STATUS_GROUP_LABELS: Record<StatusGroup, string> = {
  waiting: 'Waiting for funds',
  processing: 'Processing',
  attention: 'Needs attention',
  done: 'Completed',
  stopped: 'Failed, cancelled or expired',
};

export interface StatusFacts {
  label: string;
  tone: StatusTone;
  group: StatusGroup;
  /** A final status never changes again (COMPLETED, CANCELLED, FAILED, EXPIRED). */
  final: boolean;
  /** One sentence, in plain words, on what the status means for the user. */
  meaning: string;
  /** What usually comes next, and who acts: the user, Capa, or an agent. */
  next: string;
}

export const STATUS_FACTS: Record<TransactionStatus, StatusFacts> = {
  PENDING: {
    label: 'Pending',
    tone: 'neutral',
    group: 'waiting',
    final: false,
    meaning: 'Created and waiting to be processed; an off-ramp waits here until it is executed.',
    next: "The user pays; an off-ramp is executed by an agent once the user's crypto is verified.",
  },
  PENDING_PAYMENT: {
    label: 'Pending payment',
    tone: 'neutral',
    group: 'waiting',
    final: false,
    meaning: 'Waiting for the user to send the payment (fiat for an on-ramp, crypto for an off-ramp).',
    next: 'When the payment arrives it moves on by itself; a quote left unpaid expires.',
  },
  PENDING_FUNDS: {
    label: 'Pending funds',
    tone: 'neutral',
    group: 'waiting',
    final: false,
    meaning: 'Waiting for the funds of a cross-ramp to arrive.',
    next: 'When the funds arrive it becomes Funds received, then the conversion runs.',
  },
  FIAT_PAYMENT_RECEIVED: {
    label: 'Fiat payment received',
    tone: 'info',
    group: 'processing',
    final: false,
    meaning: "The user's bank payment was seen; Capa is confirming it before sending crypto.",
    next: 'Fiat received, then Capa sends the crypto to the destination wallet.',
  },
  FIAT_RECEIVED: {
    label: 'Fiat received',
    tone: 'info',
    group: 'processing',
    final: false,
    meaning: "The user's fiat arrived; the crypto transfer comes next.",
    next: 'Capa sends the crypto; the transaction completes when it lands in the wallet.',
  },
  CRYPTO_RECEIVED: {
    label: 'Crypto received',
    tone: 'info',
    group: 'processing',
    final: false,
    meaning: "The user's crypto arrived; an off-ramp can now be executed to pay out fiat.",
    next: 'An agent executes the off-ramp; the bank transfer to the user follows.',
  },
  COMPLETED_CRYPTO_RECEIVAL: {
    label: 'Crypto receival completed',
    tone: 'info',
    group: 'processing',
    final: false,
    meaning: 'Receipt of the crypto is confirmed on chain; the payout can be executed.',
    next: 'An agent executes the off-ramp; the bank transfer to the user follows.',
  },
  FUNDS_RECEIVED: {
    label: 'Funds received',
    tone: 'info',
    group: 'processing',
    final: false,
    meaning: 'The funds of a cross-ramp arrived; the conversion comes next.',
    next: 'Capa converts the funds and transfers them to the target bank account.',
  },
  IN_PROGRESS: {
    label: 'In progress',
    tone: 'progress',
    group: 'processing',
    final: false,
    meaning: 'Capa is processing the transaction; nothing is needed from the user.',
    next: 'It completes, or stops with a reason; escalate only if it stays here for long.',
  },
  READY_BANK_TRANSFER: {
    label: 'Ready for bank transfer',
    tone: 'progress',
    group: 'processing',
    final: false,
    meaning: 'The payout is prepared and the bank transfer is about to be sent.',
    next: 'The bank transfer is sent (Bank transfer pending), then the transaction completes.',
  },
  BANK_TRANSFER_PENDING: {
    label: 'Bank transfer pending',
    tone: 'progress',
    group: 'processing',
    final: false,
    meaning: 'The bank transfer was sent and is waiting for the bank to settle it.',
    next: 'It completes once the bank settles the transfer.',
  },
  AWAITING_FUND_TRANSFER: {
    label: 'Awaiting fund transfer',
    tone: 'progress',
    group: 'processing',
    final: false,
    meaning: 'The cross-ramp is converted and waiting for the transfer to the target account.',
    next: 'It completes once the transfer to the target account is made.',
  },
  CRYPTO_NOT_RECEIVED: {
    label: 'Crypto not received',
    tone: 'attention',
    group: 'attention',
    final: false,
    meaning: 'The expected crypto was not seen; check the hash with the user before executing.',
    next: 'Ask the user for the transaction hash; if the crypto did arrive, execute with that hash.',
  },
  AWAITING_MANUAL_CRYPTO_TRANSFER: {
    label: 'Awaiting manual crypto transfer',
    tone: 'attention',
    group: 'attention',
    final: false,
    meaning: 'The crypto must be moved by hand; an agent verifies it and executes the off-ramp.',
    next: 'Check on the explorer that the crypto arrived, then execute the off-ramp.',
  },
  AWAITING_MANUAL_FIAT_TRANSFER: {
    label: 'Awaiting manual fiat transfer',
    tone: 'attention',
    group: 'attention',
    final: false,
    meaning: 'The fiat payout must be sent by hand before the transaction can complete.',
    next: 'The payout is sent by hand; the transaction then completes.',
  },
  COMPLETED: {
    label: 'Completed',
    tone: 'success',
    group: 'done',
    final: true,
    meaning: 'Finished: the user received their funds. Nothing else will happen.',
    next: 'Nothing: it is finished.',
  },
  CANCELLED: {
    label: 'Cancelled',
    tone: 'danger',
    group: 'stopped',
    final: true,
    meaning: 'Stopped before paying out; the cancellation reason says why.',
    next: 'Nothing: the user starts a new transaction if they still want one.',
  },
  FAILED: {
    label: 'Failed',
    tone: 'danger',
    group: 'stopped',
    final: true,
    meaning: 'Processing failed and will not be retried; escalate to Capa if the user was charged.',
    next: 'Nothing by itself: escalate to Capa with the transaction id if money moved.',
  },
  EXPIRED: {
    label: 'Expired',
    tone: 'neutral',
    group: 'stopped',
    final: true,
    meaning: 'The user did not pay in time; the quote lapsed and nothing moved.',
    next: 'Nothing: the user starts a new transaction for a fresh quote.',
  },
};

/** Facts for any status string, including one Capa adds after this list was written. */
export function statusFacts(status: string): StatusFacts {
  if (isTransactionStatus(status)) return STATUS_FACTS[status];
  return {
    label: status,
    tone: 'neutral',
    group: 'processing',
    final: false,
    meaning: 'A status Rampdesk does not know yet; check Capa’s dashboard for its meaning.',
    next: 'Ask Capa what it means, quoting the transaction id.',
  };
}

export function isFinalStatus(status: string): boolean {
  return statusFacts(status).final;
}
