import type { auth as source } from '../en/auth';

/** Spanish (neutral Latin-American) messages of the auth area: every English key, no other. */
export const auth = {} as const satisfies Record<keyof typeof source, string>;
