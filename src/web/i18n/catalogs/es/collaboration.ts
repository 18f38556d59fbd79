import type { collaboration as source } from '../en/collaboration';

/** Spanish (neutral Latin-American) messages of the collaboration area: every English key, no other. */
export const collaboration = {} as const satisfies Record<keyof typeof source, string>;
