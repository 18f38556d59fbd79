import type { queues as source } from '../en/queues';

/** Spanish (neutral Latin-American) messages of the queues area: every English key, no other. */
export const queues = {} as const satisfies Record<keyof typeof source, string>;
