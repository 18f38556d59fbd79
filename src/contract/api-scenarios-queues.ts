/**
 * Several statuses at once and the work queues (issue 14), as the SPA meets them: a set of
 * statuses on the list, totals and export; GET /api/queues for every agent.
 */
import { apiListResponseSchema } from './api';
import { get, invalid, type ApiScenario } from './api-scenario';
import { QUEUES, queuesResponseSchema } from './queues-api';
import { reconciliationTotalsSchema } from './reconciliation-api';

const NEEDS_ATTENTION = 'CRYPTO_NOT_RECEIVED,AWAITING_MANUAL_CRYPTO_TRANSFER,AWAITING_MANUAL_FIAT_TRANSFER';

export const QUEUE_SCENARIOS: ApiScenario[] = [
  {
    name: 'a page of several statuses, oldest first, holds only those statuses',
    request: get(`/api/transactions?status=${NEEDS_ATTENTION}&sortOrder=ASC&limit=10`),
    expect: {
      status: 200,
      schema: apiListResponseSchema,
      check: (b: { items: { status: string; createdAt: string }[] }) => {
        const statuses = NEEDS_ATTENTION.split(',');
        const stray = b.items.find((tx) => !statuses.includes(tx.status));
        if (stray) return `a ${stray.status} row`;
        const times = b.items.map((tx) => Date.parse(tx.createdAt));
        return times.every((t, i) => i === 0 || times[i - 1]! <= t) ? null : 'rows not oldest first';
      },
    },
  },
  {
    name: 'the statuses of a set may come in any order',
    request: get('/api/transactions?status=PENDING,FAILED&limit=1'),
    expect: { status: 200, schema: apiListResponseSchema },
  },
  {
    name: 'a set naming a status twice is refused',
    request: get('/api/transactions?status=PENDING,FAILED,PENDING'),
    expect: invalid('status'),
  },
  {
    name: 'a set with an unknown or empty entry is refused',
    request: get('/api/transactions?status=PENDING,,SHIPPED'),
    expect: invalid('status'),
  },
  {
    name: 'totals of several statuses',
    request: get('/api/transactions/totals?status=COMPLETED,FAILED'),
    expect: { status: 200, schema: reconciliationTotalsSchema },
  },
  {
    name: 'totals refuse a set with an unknown status',
    request: get('/api/transactions/totals?status=COMPLETED,NOPE'),
    expect: invalid('status'),
  },
  {
    name: 'the work queues, for a viewer, in their order',
    request: get('/api/queues'),
    expect: {
      status: 200,
      schema: queuesResponseSchema,
      check: (b: { queues: { id: string; statuses: string[] }[] }) => {
        const ids = b.queues.map((q) => q.id).join();
        if (ids !== QUEUES.map((q) => q.id).join()) return `queues ${ids}`;
        const wrong = b.queues.find((q, i) => q.statuses.join() !== QUEUES[i]!.statuses.join());
        return wrong ? `${wrong.id} has statuses ${wrong.statuses.join()}` : null;
      },
    },
  },
  {
    name: 'the work queues take no parameters',
    request: get('/api/queues?status=PENDING'),
    expect: invalid('status'),
  },
  {
    name: 'Stuck only: a page of stuck items of a set of statuses, each a row of those statuses',
    request: get(`/api/transactions?status=${NEEDS_ATTENTION}&stuck=true&limit=10`),
    expect: {
      status: 200,
      schema: apiListResponseSchema,
      check: (b: { total: number; items: { status: string }[] }) => {
        const stray = b.items.find((tx) => !NEEDS_ATTENTION.split(',').includes(tx.status));
        return stray ? `a ${stray.status} row` : b.items.length > b.total ? 'more rows than total' : null;
      },
    },
  },
  {
    name: 'Stuck only needs a status filter',
    request: get('/api/transactions?stuck=true'),
    expect: invalid('stuck'),
  },
  {
    name: 'Stuck only is true or false',
    request: get('/api/transactions?status=PENDING&stuck=1'),
    expect: invalid('stuck'),
  },
  {
    name: 'totals do not take stuck',
    request: get('/api/transactions/totals?status=PENDING&stuck=true'),
    expect: invalid('stuck'),
  },
  {
    name: 'every queue says how many of its items are stuck',
    request: get('/api/queues'),
    expect: {
      status: 200,
      schema: queuesResponseSchema,
      check: (b: { queues: { id: string; stuck: number | null }[] }) => {
        const bad = b.queues.find((q) => q.stuck === null || q.stuck < 0);
        return bad ? `${bad.id} has stuck ${String(bad.stuck)}` : null;
      },
    },
  },
];
