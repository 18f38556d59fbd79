/** English messages of the execute area (ICU MessageFormat; keys start with `execute.`). */
export const execute = {} as const satisfies Record<string, string>;
