import type { QueueId } from '../../../contract/queues-api';
import type { MessageKey } from '../../i18n/i18n';

type QueueKeys = { name: MessageKey; description: MessageKey };

/**
 * The SPA's words for each queue, by id: the contract's English names stay what the BFF sends API
 * clients; the console shows these, in the agent's language. A Record, so a new queue id without
 * its words does not compile (and queue-words.test.ts checks both catalogs).
 */
export const QUEUE_KEYS: Record<QueueId, QueueKeys> = {
  'ready-to-execute': {
    name: 'queues.readyToExecute.name',
    description: 'queues.readyToExecute.description',
  },
  'needs-attention': { name: 'queues.needsAttention.name', description: 'queues.needsAttention.description' },
  'waiting-for-user': {
    name: 'queues.waitingForUser.name',
    description: 'queues.waitingForUser.description',
  },
  'failed-or-cancelled': {
    name: 'queues.failedOrCancelled.name',
    description: 'queues.failedOrCancelled.description',
  },
};
