import {
  FIAT_CURRENCIES,
  TRANSACTION_TYPES,
  type FiatCurrency,
  type TransactionType,
} from '../../contract/enums';
import { TRANSACTION_STATUSES, type TransactionStatus } from '../../contract/statuses';
import { CHAIN_TOKEN_PAIRS } from './chain-data';

/**
 * The shape of the seeded world. Fixed, not wall-clock based, so the same seed always gives the
 * same data; the anchor sits close to "now" for this project so recent rows look recent.
 */
export const DEFAULT_ANCHOR = Date.parse('2026-11-20T00:00:00.000Z');
export const SEED_SPAN_MS = 183 * 24 * 3600 * 1000;
export const DAY_MS = 24 * 3600 * 1000;

/** A few hundred users at the default size, more as the data grows. */
export function userCountFor(size: number): number {
  return Math.min(200_000, Math.max(24, Math.round(size / 12)));
}

/** Share of users (hence of transactions) belonging to the primary partner. */
export const PRIMARY_PARTNER_SHARE = 0.85;

export const TYPE_WEIGHTS: readonly (readonly [TransactionType, number])[] = [
  ['ON_RAMP', 45],
  ['OFF_RAMP', 40],
  ['CROSS_RAMP', 15],
];

export const HOME_CURRENCY_WEIGHTS: readonly (readonly [FiatCurrency, number])[] = [
  ['MXN', 45],
  ['DOP', 20],
  ['USD', 20],
  ['EUR', 15],
];

type Table = readonly (readonly [TransactionStatus, number])[];
interface StatusTables {
  active: Table;
  final: Table;
}

/** Which statuses each type passes through, and how often. */
export const STATUS_TABLES: Record<TransactionType, StatusTables> = {
  ON_RAMP: {
    active: [
      ['PENDING', 8],
      ['PENDING_PAYMENT', 30],
      ['FIAT_PAYMENT_RECEIVED', 14],
      ['FIAT_RECEIVED', 14],
      ['IN_PROGRESS', 14],
    ],
    final: [
      ['COMPLETED', 72],
      ['EXPIRED', 14],
      ['CANCELLED', 8],
      ['FAILED', 6],
    ],
  },
  OFF_RAMP: {
    active: [
      ['PENDING', 14],
      ['PENDING_PAYMENT', 20],
      ['CRYPTO_RECEIVED', 16],
      ['COMPLETED_CRYPTO_RECEIVAL', 8],
      ['CRYPTO_NOT_RECEIVED', 6],
      ['AWAITING_MANUAL_CRYPTO_TRANSFER', 6],
      ['IN_PROGRESS', 8],
      ['READY_BANK_TRANSFER', 6],
      ['BANK_TRANSFER_PENDING', 8],
      ['AWAITING_MANUAL_FIAT_TRANSFER', 4],
    ],
    final: [
      ['COMPLETED', 74],
      ['CANCELLED', 10],
      ['FAILED', 6],
      ['EXPIRED', 10],
    ],
  },
  CROSS_RAMP: {
    active: [
      ['PENDING_FUNDS', 35],
      ['FUNDS_RECEIVED', 25],
      ['AWAITING_FUND_TRANSFER', 20],
      ['IN_PROGRESS', 20],
    ],
    final: [
      ['COMPLETED', 75],
      ['CANCELLED', 10],
      ['FAILED', 10],
      ['EXPIRED', 5],
    ],
  },
};

/**
 * Recent transactions are mostly still moving; older ones mostly finished. The floor keeps
 * hundreds of executable off-ramps at the default size, which the console is built around.
 */
export function activeProbability(ageMs: number): number {
  return 0.2 + 0.8 * Math.exp(-ageMs / (4 * DAY_MS));
}

export const STATUS_INDEX = new Map<string, number>(TRANSACTION_STATUSES.map((s, i) => [s, i]));
export const TYPE_INDEX = new Map<string, number>(TRANSACTION_TYPES.map((t, i) => [t, i]));
export const CURRENCY_INDEX = new Map<string, number>(FIAT_CURRENCIES.map((c, i) => [c, i]));

/**
 * Coverage rows: a handful of rows spread over the timeline are forced to combinations that
 * together use every status, currency and (chain, token) pair, so small seeds show everything.
 */
export interface CoverageCombo {
  status: TransactionStatus;
  type: TransactionType;
  currency: FiatCurrency;
  pair: (typeof CHAIN_TOKEN_PAIRS)[number];
}

const COVERAGE_COUNT = Math.max(CHAIN_TOKEN_PAIRS.length, TRANSACTION_STATUSES.length);

function typeFor(status: TransactionStatus, j: number): TransactionType {
  const fits = TRANSACTION_TYPES.filter((t) =>
    [...STATUS_TABLES[t].active, ...STATUS_TABLES[t].final].some(([s]) => s === status),
  );
  return fits[j % fits.length]!;
}

export const COVERAGE: readonly CoverageCombo[] = Array.from({ length: COVERAGE_COUNT }, (_, j) => {
  const status = TRANSACTION_STATUSES[j % TRANSACTION_STATUSES.length]!;
  return {
    status,
    type: typeFor(status, j),
    currency: FIAT_CURRENCIES[j % FIAT_CURRENCIES.length]!,
    pair: CHAIN_TOKEN_PAIRS[j % CHAIN_TOKEN_PAIRS.length]!,
  };
});

/** The coverage combo a row is forced to, or undefined for an ordinary row. */
export function coverageOf(row: number, size: number): CoverageCombo | undefined {
  if (size < COVERAGE.length * 2) return row < COVERAGE.length ? COVERAGE[row] : undefined;
  const stride = Math.floor(size / COVERAGE.length);
  if (row % stride !== stride >> 1) return undefined;
  return COVERAGE[Math.floor(row / stride)];
}
