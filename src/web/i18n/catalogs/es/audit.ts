import type { audit as source } from '../en/audit';

/** Spanish (neutral Latin-American) messages of the audit area: every English key, no other. */
export const audit = {} as const satisfies Record<keyof typeof source, string>;
