import type { FastifyBaseLogger } from 'fastify';
import { capaListQuerySchema, type CapaListQuery, type Transaction } from '../../contract/capa';
import type { CapaClient } from '../upstream/client';

/** How many requests to Capa one answer of ours cost (the `x-upstream-calls` header). */
export interface CallCost {
  calls: number;
}

export interface ReadContext {
  log: FastifyBaseLogger;
  cost: CallCost;
}

export type ListPage = { count: number; data: Transaction[] };

export interface UpstreamReads {
  list(query: CapaListQuery, context: ReadContext): Promise<ListPage>;
}

const FIELDS = Object.keys(capaListQuerySchema.shape) as (keyof CapaListQuery)[];

/** The same query always gives the same key, whatever order its fields were written in. */
function listKey(query: CapaListQuery): string {
  return JSON.stringify(FIELDS.map((name) => query[name] ?? null));
}

/**
 * The client's list, with identical reads in flight at the same moment sent once and shared
 * (two agents opening the same view, an export and a page of it). Nothing is kept once answered:
 * freshness is the window cache's business, not this one's. Only the caller that sent the read
 * is charged for it.
 */
export function sharedReads(client: CapaClient): UpstreamReads {
  const inFlight = new Map<string, Promise<ListPage>>();
  return {
    list(query, { log, cost }) {
      const key = listKey(query);
      const pending = inFlight.get(key);
      if (pending) return pending;
      const read = client
        .listTransactions(query, { log, onSend: () => void cost.calls++ })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, read);
      return read;
    },
  };
}
