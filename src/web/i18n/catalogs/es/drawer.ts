import type { drawer as source } from '../en/drawer';

/** Spanish (neutral Latin-American) messages of the drawer area: every English key, no other. */
export const drawer = {} as const satisfies Record<keyof typeof source, string>;
