import type { words as source } from '../en/words';

/** Spanish (neutral Latin-American) messages of the words area: every English key, no other. */
export const words = {} as const satisfies Record<keyof typeof source, string>;
