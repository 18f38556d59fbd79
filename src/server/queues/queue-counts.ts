import {
  QUEUES,
  type QueueDefinition,
  type QueueSummary,
  type QueuesResponse,
} from '../../contract/queues-api';
import type { TransactionStatus } from '../../contract/statuses';
import type { ReadContext, UpstreamReads } from '../list-views/upstream-reads';
import { createdAtMs, type View } from '../list-views/view';
import { viewChanged } from '../list-views/view-changed';
import type { WindowCache } from '../list-views/window-cache';

/** How long one reading of the counts serves every agent; QUEUES_CACHE_MS overrides it. */
export const QUEUES_CACHE_MS = 5_000;
const DAY_MS = 86_400_000;
const ALL_STATUSES = QUEUES.flatMap((queue) => queue.statuses);
const MINUTE_MS = 60_000;

/** Stuck transactions per status, from the database (collaboration/stuck.ts); no Capa call. */
export type StuckCounts = (statuses: readonly TransactionStatus[], now: Date) => Promise<Map<string, number>>;

interface ListCount {
  count: number;
  oldestMs: number | null;
}

/**
 * Counts and oldest items of the queues (src/contract/queues-api.ts), one Capa call per status list
 * per reading: oldest first, limit 1, which says the list's count and its oldest row at once. A
 * queue of the last days starts at a window edge: where it lies in each list is searched once
 * (window-search.ts) and then only checked, by reading the row before it with the oldest one.
 */
export function createQueueCounts(
  reads: UpstreamReads,
  cache: WindowCache,
  options: { ttlMs: number; clock: () => Date; stuckCounts?: StuckCounts },
) {
  /** Per status list of a windowed queue: where its window started last time. */
  const starts = new Map<string, number>();

  async function readList(view: View, context: ReadContext): Promise<ListCount> {
    const fromMs = view.window.fromMs;
    if (fromMs === undefined) {
      const page = await reads.list(
        { ...view.filters, skip: 0, limit: 1, sortBy: 'createdAt', sortOrder: 'ASC' },
        context,
      );
      return { count: page.count, oldestMs: page.data[0] ? createdAtMs(page.data[0]) : null };
    }
    const key = JSON.stringify(view.filters);
    for (let attempt = 0; attempt < 3; attempt++) {
      const start =
        attempt === 0 && starts.has(key) ? starts.get(key)! : (await cache.edges(view, context, true)).start;
      const skip = Math.max(0, start - 1);
      const page = await reads.list(
        { ...view.filters, skip, limit: start - skip + 1, sortBy: 'createdAt', sortOrder: 'ASC' },
        context,
      );
      const [before, first] = start > 0 ? page.data : [undefined, page.data[0]];
      const fits =
        (start === 0 || (before !== undefined && createdAtMs(before) < fromMs)) &&
        (first === undefined ? page.count <= start : createdAtMs(first) >= fromMs);
      if (fits) {
        starts.set(key, start);
        return { count: Math.max(0, page.count - start), oldestMs: first ? createdAtMs(first) : null };
      }
    }
    throw viewChanged('the window of a queue kept moving');
  }

  async function readQueue(
    queue: QueueDefinition,
    nowMs: number,
    context: ReadContext,
    stuck: Map<string, number> | null,
  ): Promise<QueueSummary> {
    // To the minute: the table opened from the card asks for the very same window.
    const fromMs = queue.lastDays
      ? Math.floor((nowMs - queue.lastDays * DAY_MS) / MINUTE_MS) * MINUTE_MS
      : undefined;
    const lists = await Promise.all(
      queue.statuses.map((status: TransactionStatus) =>
        readList(
          {
            filters: { status, ...(queue.type ? { type: queue.type } : {}) },
            window: fromMs === undefined ? {} : { fromMs },
          },
          context,
        ),
      ),
    );
    const oldest = lists.flatMap((l) => (l.oldestMs === null ? [] : [l.oldestMs]));
    return {
      id: queue.id,
      name: queue.name,
      description: queue.description,
      statuses: [...queue.statuses],
      ...(queue.type ? { type: queue.type } : {}),
      ...(fromMs === undefined ? {} : { from: new Date(fromMs).toISOString() }),
      count: lists.reduce((sum, l) => sum + l.count, 0),
      oldestCreatedAt: oldest.length ? new Date(Math.min(...oldest)).toISOString() : null,
      stuck: stuck ? queue.statuses.reduce((sum, s) => sum + (stuck.get(s) ?? 0), 0) : null,
    };
  }

  let current: { reading: Promise<QueuesResponse>; at: number } | null = null;

  return {
    /**
     * The counts, read at most once per ttlMs however many agents ask: concurrent readers share the
     * reading in flight (only its first reader is charged its Capa calls), and a failed reading is
     * dropped at once so the next reader tries again.
     */
    read(context: ReadContext): Promise<QueuesResponse> {
      const now = options.clock().getTime();
      if (current && now - current.at < options.ttlMs) return current.reading;
      // One statement for every queue's stuck count, beside the Capa calls; a database that does
      // not answer costs the stuck counts (null), not the queues.
      const stuck = (options.stuckCounts?.(ALL_STATUSES, new Date(now)) ?? Promise.resolve(null)).catch(
        (error: unknown) => {
          context.log.error({ err: error }, 'stuck counts not read');
          return null;
        },
      );
      const reading = stuck
        .then((counts) => Promise.all(QUEUES.map((queue) => readQueue(queue, now, context, counts))))
        .then((queues) => ({ queues, countedAt: new Date(now).toISOString() }));
      const entry = { reading, at: now };
      current = entry;
      reading.catch(() => {
        if (current === entry) current = null;
      });
      return reading;
    },
    /** After an execute: the next reader reads anew (a reading in flight may predate the execute). */
    invalidate(): void {
      current = null;
    },
  };
}

export type QueueCounts = ReturnType<typeof createQueueCounts>;
