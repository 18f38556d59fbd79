/** English messages of the admin area (ICU MessageFormat; keys start with `admin.`). */
export const admin = {} as const satisfies Record<string, string>;
