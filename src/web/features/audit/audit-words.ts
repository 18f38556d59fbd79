import type { ReleaseReason } from '../../../contract/collaboration-api';
import type { MessageKey } from '../../i18n/i18n';

/**
 * The words for each release reason, by code: keys, translated where they are shown (the
 * contract's English labels are for API clients; an execute outcome's words are `outcomeLabel`
 * in i18n/words.ts). A Record, so a new code without its words does not compile;
 * audit-words.test.ts checks both catalogs have them.
 */
export const RELEASE_KEYS: Record<ReleaseReason, MessageKey> = {
  released: 'audit.activity.released',
  'released-by-admin': 'audit.activity.releasedByAdmin',
  executed: 'audit.activity.releasedExecuted',
  expired: 'audit.activity.releasedExpired',
};
