/** English messages of the audit area (ICU MessageFormat; keys start with `audit.`). */
export const audit = {} as const satisfies Record<string, string>;
