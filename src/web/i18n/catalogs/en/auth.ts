/** English messages of the auth area (ICU MessageFormat; keys start with `auth.`). */
export const auth = {} as const satisfies Record<string, string>;
