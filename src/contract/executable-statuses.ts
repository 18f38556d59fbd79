/**
 * Statuses in which the sandbox (and, as far as we know, Capa) accepts an execute (docs/capa-api.md).
 * A transaction already executed reads PENDING too: only the audit log can tell those apart.
 */
export const EXECUTABLE_STATUSES = [
  'PENDING',
  'PENDING_PAYMENT',
  'CRYPTO_RECEIVED',
  'COMPLETED_CRYPTO_RECEIVAL',
  'CRYPTO_NOT_RECEIVED',
  'AWAITING_MANUAL_CRYPTO_TRANSFER',
] as const;

export function isExecutableStatus(status: string): boolean {
  return (EXECUTABLE_STATUSES as readonly string[]).includes(status);
}
