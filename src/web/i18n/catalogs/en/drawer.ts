/** English messages of the drawer area (ICU MessageFormat; keys start with `drawer.`). */
export const drawer = {} as const satisfies Record<string, string>;
