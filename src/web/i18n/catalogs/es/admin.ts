import type { admin as source } from '../en/admin';

/** Spanish (neutral Latin-American) messages of the admin area: every English key, no other. */
export const admin = {} as const satisfies Record<keyof typeof source, string>;
