import { queryOptions } from '@tanstack/react-query';
import { API_PATHS } from '../../contract/api';
import { queuesResponseSchema } from '../../contract/queues-api';
import { apiGet } from './api-client';

/** How often the Queues page asks again; the BFF answers from a reading shared by every agent. */
export const QUEUES_REFRESH_MS = 5_000;

/**
 * The work queues' counts. In lib/ because the execute action invalidates them too: the item it
 * executed leaves Ready to execute at once (the BFF drops its shared reading on execute).
 */
export const queueQueries = {
  all: () => ['queues'] as const,
  counts: () =>
    queryOptions({
      queryKey: queueQueries.all(),
      queryFn: ({ signal }) => apiGet(API_PATHS.queues, queuesResponseSchema, { signal }),
      refetchInterval: QUEUES_REFRESH_MS,
    }),
};
