/**
 * Capa partner API v2, the two calls Rampdesk makes (docs/capa-api.md). Parsed at every boundary:
 * the sandbox's output, the BFF's reading of upstream.
 */
import { z } from 'zod';
import { TX_HASH_MAX_LENGTH } from './enums';
import { listFilterFields, pagingFields, uuid } from './query-fields';

export const CAPA_PATHS = {
  listTransactions: '/api/partner/v2/transactions',
  executeOffRamp: '/api/partner/v2/off-ramp/execute',
} as const;

export const PARTNER_KEY_HEADER = 'partner-api-key';

/** Keys seen in public are two UUIDs joined by a colon. */
export const PARTNER_KEY_FORMAT =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const capaListQuerySchema = z.strictObject({ ...listFilterFields, ...pagingFields });
export type CapaListQuery = z.output<typeof capaListQuerySchema>;
/** The list's query parameters, all and only: what the BFF accepts (docs/security.md P3) and sends. */
export const CAPA_LIST_PARAMETERS = Object.keys(capaListQuerySchema.shape) as (keyof CapaListQuery)[];

/**
 * Capa sends amounts as a string (for precision) or a number. The BFF reads the number's digits
 * as text (src/server/upstream/lossless-amounts.ts), so past the BFF an amount is the digits Capa
 * sent, never a float; the sandbox and the SPA's fixtures may still hold numbers.
 */
export const amount = z.union([z.string(), z.number()]);
export type Amount = z.infer<typeof amount>;

const nullableString = z.string().nullish();

export const bankAccountSchema = z.looseObject({
  country: z.string(),
  accountIdentifier: nullableString,
  bankName: nullableString,
  accountType: nullableString,
  isVerified: z.boolean().nullish(),
  documentIdentifier: nullableString,
  bic: nullableString,
  iban: nullableString,
  routingNumber: nullableString,
});
export type BankAccount = z.infer<typeof bankAccountSchema>;

export const invoiceSchema = z.looseObject({
  transactionHash: nullableString,
  paymentUrl: nullableString,
});

/**
 * Enumerated values are read as plain strings so a status or chain Capa adds later shows up as
 * itself instead of failing the whole page; the facts modules know the values we have seen.
 */
export const transactionSchema = z.looseObject({
  id: z.string(),
  userId: z.string(),
  status: z.string(),
  type: z.string(),
  tokenSymbol: nullableString,
  blockchainSymbol: nullableString,
  fiatCurrency: nullableString,
  fiatAmount: amount.nullish(),
  cryptoAmount: amount.nullish(),
  exchangeRate: amount.nullish(),
  premiumSpread: amount.nullish(),
  createdAt: z.string(),
  completedAt: nullableString,
  destinationWalletAddress: nullableString,
  bankAccount: bankAccountSchema.nullish(),
  invoice: invoiceSchema.nullish(),
  cancellationReason: nullableString,
  // Cross-ramp (docs/capa-api.md)
  crossFiatCurrency: nullableString,
  crossFiatAmount: amount.nullish(),
  sourceCurrency: nullableString,
  targetCurrency: nullableString,
  sourceAmount: amount.nullish(),
  targetAmount: amount.nullish(),
  sourceBankAccount: bankAccountSchema.nullish(),
  targetBankAccount: bankAccountSchema.nullish(),
  // MXN OTC forwarding (docs/capa-api.md)
  forwardingDays: z.number().nullish(),
  effectiveForwardingDays: z.number().nullish(),
  forwardingSettlementDate: nullableString,
});
export type Transaction = z.infer<typeof transactionSchema>;

/** Every field of a transaction that holds an amount (or a rate): parsed losslessly by the BFF. */
export const AMOUNT_FIELDS = [
  'fiatAmount',
  'cryptoAmount',
  'exchangeRate',
  'premiumSpread',
  'crossFiatAmount',
  'sourceAmount',
  'targetAmount',
] as const satisfies readonly (keyof Transaction)[];

export const capaListResponseSchema = z.looseObject({
  success: z.literal(true),
  data: z.looseObject({
    count: z.number().int().nonnegative(),
    data: z.array(transactionSchema),
  }),
});

export const capaExecuteBodySchema = z.strictObject({
  transactionId: uuid,
  transactionHash: z.string().min(1).max(TX_HASH_MAX_LENGTH).optional(),
});
export type CapaExecuteBody = z.infer<typeof capaExecuteBodySchema>;

export const capaExecuteResponseSchema = z.looseObject({
  success: z.literal(true),
  data: z.looseObject({ id: z.string(), status: z.string() }),
});

export const CAPA_ERROR_CODES = {
  UNAUTHORIZED: 'UNAUTHORIZED',
  INVALID_USER_INPUT_ERROR: 'INVALID_USER_INPUT_ERROR',
  TRANSACTION_NOT_FOUND: 'TRANSACTION_NOT_FOUND',
  TRANSACTION_ACCESS_DENIED: 'TRANSACTION_ACCESS_DENIED',
} as const;

export const CAPA_MESSAGES = {
  keyMissing: 'API Key is missing',
  keyFormat: 'Invalid API Key format',
  keyInvalid: 'Invalid API Key',
  invalidInput: 'Invalid User Input',
  notFound: 'Transaction not found',
  accessDenied: 'Transaction does not belong to this partner',
  invalidTransition: 'Invalid transaction state transition',
} as const;

/** The sandbox's error envelope (the real shape is undocumented: readers use readCapaError). */
export interface CapaErrorEnvelope {
  success: false;
  error: { code: string; message: string };
}
