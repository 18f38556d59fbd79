/** English messages of the common area (ICU MessageFormat; keys start with `common.`). */
export const common = {} as const satisfies Record<string, string>;
