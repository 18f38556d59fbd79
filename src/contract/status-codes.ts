/** The 19 transaction statuses Capa reports (their facts and English: statuses.ts). */
export const TRANSACTION_STATUSES = [
  'FAILED',
  'COMPLETED',
  'PENDING',
  'PENDING_PAYMENT',
  'FIAT_PAYMENT_RECEIVED',
  'FIAT_RECEIVED',
  'CRYPTO_RECEIVED',
  'CRYPTO_NOT_RECEIVED',
  'COMPLETED_CRYPTO_RECEIVAL',
  'EXPIRED',
  'CANCELLED',
  'IN_PROGRESS',
  'BANK_TRANSFER_PENDING',
  'READY_BANK_TRANSFER',
  'AWAITING_MANUAL_CRYPTO_TRANSFER',
  'AWAITING_MANUAL_FIAT_TRANSFER',
  'PENDING_FUNDS',
  'FUNDS_RECEIVED',
  'AWAITING_FUND_TRANSFER',
] as const;

export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

const KNOWN: ReadonlySet<string> = new Set(TRANSACTION_STATUSES);

export function isTransactionStatus(value: string): value is TransactionStatus {
  return KNOWN.has(value);
}
