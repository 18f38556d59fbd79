import type { Transaction } from './capa';
import { UNRECOGNISED_STATUS, sanitizeUpstreamCode } from './capa-error';

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

export function canExecute(tx: Pick<Transaction, 'type' | 'status'>): boolean {
  return tx.type === 'OFF_RAMP' && isExecutableStatus(tx.status);
}

/** Why an execute is not offered, in words for the agent; null when it is. */
export function executeBlocker(tx: Pick<Transaction, 'type' | 'status'>): string | null {
  if (tx.type !== 'OFF_RAMP') return 'Only off-ramp transactions can be executed.';
  // This sentence is also kept in the audit trail: a status that is not code-like (an echo of the
  // request, say) is not repeated in it (docs/security.md K1).
  if (!isExecutableStatus(tx.status))
    return `A transaction in status ${sanitizeUpstreamCode(tx.status, UNRECOGNISED_STATUS)} cannot be executed.`;
  return null;
}
