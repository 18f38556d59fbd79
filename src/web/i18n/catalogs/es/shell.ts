import type { shell as source } from '../en/shell';

/** Spanish (neutral Latin-American) messages of the shell area: every English key, no other. */
export const shell = {} as const satisfies Record<keyof typeof source, string>;
