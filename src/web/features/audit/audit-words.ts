import type { AuditOutcome } from '../../../contract/audit-api';
import type { ReleaseReason } from '../../../contract/collaboration-api';
import type { MessageKey } from '../../i18n/i18n';

/**
 * The words for each audit outcome and release reason, by code: keys, translated where they are
 * shown (the contract's English labels are for API clients). Records, so a new code without its
 * words does not compile; audit-words.test.ts checks both catalogs have them.
 */
export const AUDIT_OUTCOME_KEYS: Record<AuditOutcome, MessageKey> = {
  pending: 'audit.outcome.pending',
  succeeded: 'audit.outcome.succeeded',
  failed: 'audit.outcome.failed',
  unknown: 'audit.outcome.unknown',
  rejected: 'audit.outcome.rejected',
};

export const RELEASE_KEYS: Record<ReleaseReason, MessageKey> = {
  released: 'audit.activity.released',
  'released-by-admin': 'audit.activity.releasedByAdmin',
  executed: 'audit.activity.releasedExecuted',
  expired: 'audit.activity.releasedExpired',
};
