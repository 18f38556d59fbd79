/** English messages of the collaboration area (ICU MessageFormat; keys start with `collaboration.`). */
export const collaboration = {} as const satisfies Record<string, string>;
