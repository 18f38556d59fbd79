import { UPSTREAM_CODE_PATTERN } from './capa-error';

/** "QUOTE_EXPIRED" → "Quote expired": for a code no table knows yet. */
export function humaniseCode(code: string): string {
  const words = code.toLowerCase().replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A cancellation reason no table knows yet: a code humanised, Capa's own sentence as written. */
export function unknownReasonSummary(reason: string): string {
  return UPSTREAM_CODE_PATTERN.test(reason) ? `${humaniseCode(reason)}.` : reason;
}
