import type { Transaction } from './capa';
import { UNRECOGNISED_STATUS, sanitizeUpstreamCode } from './capa-error';
import { humaniseCode } from './code-words';
import { isExecutableStatus } from './executable-statuses';
import { isTransactionStatus, statusFacts, type StatusFacts } from './statuses';

// Apart from this module's English sentences, so the SPA's first load can ask without them.
export { EXECUTABLE_STATUSES, isExecutableStatus } from './executable-statuses';

export function canExecute(tx: Pick<Transaction, 'type' | 'status'>): boolean {
  return tx.type === 'OFF_RAMP' && isExecutableStatus(tx.status);
}

/** Why an execute is not offered, in words for the agent; null when it is. */
export function executeBlocker(tx: Pick<Transaction, 'type' | 'status'>): string | null {
  if (tx.type !== 'OFF_RAMP') return 'Only off-ramp transactions can be executed.';
  // This sentence is also kept in the audit trail: a status that is not code-like (an echo of the
  // request, say) is not repeated in it (docs/security.md K1).
  if (!isExecutableStatus(tx.status))
    return `A transaction in status “${statusLabel(tx.status)}” cannot be executed.`;
  return null;
}

/**
 * A status as agents read it ("Ready for bank transfer"), for sentences the BFF writes and keeps:
 * a status that is not code-like (an echo of the request, say) is never repeated (docs/security.md K1).
 */
export function statusLabel(status: string): string {
  const code = sanitizeUpstreamCode(status, UNRECOGNISED_STATUS);
  return isTransactionStatus(code) ? statusFacts(code).label : humaniseCode(code);
}

/**
 * What the drawer says about a status when Rampdesk itself executed the off-ramp (its audit log
 * has the successful execute) and Capa has not moved it on yet: Capa keeps an executed off-ramp
 * in PENDING (docs/security.md E6), where the plain facts would say it waits to be executed.
 * Null when the plain facts hold: the status has moved on from those an execute starts from.
 */
export function executedStatusFacts(status: string): Pick<StatusFacts, 'meaning' | 'next'> | null {
  if (!isExecutableStatus(status)) return null;
  return {
    meaning: `Executed through Rampdesk; Capa still shows it as ${statusFacts(status).label} until its payout starts.`,
    next: 'Capa pays out: In progress, then Bank transfer pending, then Completed. Escalate only if it stays here for long.',
  };
}
