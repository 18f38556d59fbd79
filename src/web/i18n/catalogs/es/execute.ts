import type { execute as source } from '../en/execute';

/** Spanish (neutral Latin-American) messages of the execute area: every English key, no other. */
export const execute = {} as const satisfies Record<keyof typeof source, string>;
