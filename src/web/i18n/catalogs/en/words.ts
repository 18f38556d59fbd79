/** English messages of the words area (ICU MessageFormat; keys start with `words.`). */
export const words = {} as const satisfies Record<string, string>;
