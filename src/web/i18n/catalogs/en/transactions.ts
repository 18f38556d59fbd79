/** English messages of the transactions area (ICU MessageFormat; keys start with `transactions.`). */
export const transactions = {} as const satisfies Record<string, string>;
