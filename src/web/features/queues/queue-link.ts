import type { QueueSummary } from '../../../contract/queues-api';
import { paths } from '../../lib/paths';

/**
 * The transactions table filtered to a queue: its statuses (several in one `status`), its type,
 * its window's start, oldest first — the same view the BFF counted, so the table's total is the
 * card's count.
 */
export function queueTableHref(queue: QueueSummary, { stuck = false } = {}): string {
  const params = new URLSearchParams({ status: queue.statuses.join(',') });
  if (queue.type) params.set('type', queue.type);
  if (queue.from) params.set('from', queue.from);
  // Stuck only: longest in status first (the BFF's order; sort does not apply).
  if (stuck) params.set('stuck', 'true');
  else params.set('sort', 'asc');
  return `${paths.transactions()}?${params}`;
}
