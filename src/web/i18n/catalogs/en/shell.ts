/** English messages of the shell area (ICU MessageFormat; keys start with `shell.`). */
export const shell = {} as const satisfies Record<string, string>;
