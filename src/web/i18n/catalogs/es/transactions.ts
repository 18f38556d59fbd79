import type { transactions as source } from '../en/transactions';

/** Spanish (neutral Latin-American) messages of the transactions area: every English key, no other. */
export const transactions = {} as const satisfies Record<keyof typeof source, string>;
