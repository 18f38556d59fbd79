export const TRANSACTION_TYPES = ['ON_RAMP', 'OFF_RAMP', 'CROSS_RAMP'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];
export const TYPE_LABELS: Record<TransactionType, string> = {
  ON_RAMP: 'On-ramp',
  OFF_RAMP: 'Off-ramp',
  CROSS_RAMP: 'Cross-ramp',
};

export const FIAT_CURRENCIES = ['MXN', 'DOP', 'USD', 'EUR'] as const;
export type FiatCurrency = (typeof FIAT_CURRENCIES)[number];
export const FIAT_CURRENCY_NAMES: Record<FiatCurrency, string> = {
  MXN: 'Mexican peso',
  DOP: 'Dominican peso',
  USD: 'US dollar',
  EUR: 'Euro',
};

export const SORT_ORDERS = ['ASC', 'DESC'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const LIST_LIMIT_MIN = 1;
export const LIST_LIMIT_MAX = 100;
export const LIST_LIMIT_DEFAULT = 20;

/** Longest transaction hash we accept anywhere (a Solana signature is 88). */
export const TX_HASH_MAX_LENGTH = 128;
