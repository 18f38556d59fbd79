/**
 * GET /api/queues over the fixtures, as the BFF counts them (src/server/queues/): each queue's
 * statuses, type and 7-day window to the minute; an executed off-ramp has moved on to PENDING
 * (execute-handlers.ts), so it leaves Ready to execute as it does on Capa.
 */
import { HttpResponse } from 'msw';
import { API_PATHS } from '../../contract/api';
import { QUEUES, type QueuesResponse } from '../../contract/queues-api';
import { apiRoute } from './api-route';
import { collaborationStore } from './collaboration-store';
import { matchingTransactions } from './transaction-store';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export function mockQueues(nowMs = Date.now()): QueuesResponse {
  const queues = QUEUES.map((queue) => {
    const from = queue.lastDays
      ? new Date(Math.floor((nowMs - queue.lastDays * DAY_MS) / MINUTE_MS) * MINUTE_MS).toISOString()
      : undefined;
    const rows = matchingTransactions({ status: [...queue.statuses], type: queue.type, from });
    const oldest = rows.map((tx) => Date.parse(tx.createdAt)).sort((a, b) => a - b)[0];
    return {
      id: queue.id,
      name: queue.name,
      description: queue.description,
      statuses: [...queue.statuses],
      ...(queue.type ? { type: queue.type } : {}),
      ...(from ? { from } : {}),
      count: rows.length,
      oldestCreatedAt: oldest === undefined ? null : new Date(oldest).toISOString(),
      // As the BFF: from the sightings alone, whatever the queue's type and window.
      stuck: collaborationStore.stuck(queue.statuses).length,
    };
  });
  return { queues, countedAt: new Date(nowMs).toISOString() };
}

export const queueHandlers = [
  apiRoute('GET', API_PATHS.queues, { auth: 'viewer' }, () => HttpResponse.json(mockQueues())),
];
