import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { API_PATHS } from '../../contract/api';
import { listFilterFields } from '../../contract/query-fields';
import {
  UPSTREAM_CALLS_HEADER,
  reconciliationTotalsSchema,
  viewQuerySchema,
} from '../../contract/reconciliation-api';
import { streamExport, type ExportDeps } from '../exports/stream-export';
import type { CallCost } from '../list-views/upstream-reads';
import { viewOf } from '../list-views/view';
import { asReadError } from '../upstream/messages';

const VIEW_PARAMETERS = [...Object.keys(listFilterFields), 'from', 'to'];

export type ReconciliationDeps = ExportDeps;

/** Totals and exports of a filtered, windowed view (src/contract/reconciliation-api.ts). */
export async function reconciliationRoutes(app: FastifyInstance, deps: ReconciliationDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    API_PATHS.transactionTotals,
    {
      config: { auth: 'viewer', query: VIEW_PARAMETERS },
      schema: { querystring: viewQuerySchema, response: { 200: reconciliationTotalsSchema } },
    },
    async (request, reply) => {
      const cost: CallCost = { calls: 0 };
      return deps.views
        .totals(viewOf(request.query), { log: request.log, cost })
        .catch((error) => {
          throw asReadError(error, 'list');
        })
        .finally(() => {
          reply.header(UPSTREAM_CALLS_HEADER, String(cost.calls));
        });
    },
  );

  // Operators and admins: the file carries personal and bank data in bulk (docs/security.md X1).
  api.get(
    API_PATHS.transactionExport,
    {
      config: { auth: 'operator', query: VIEW_PARAMETERS },
      schema: { querystring: viewQuerySchema },
    },
    (request, reply) => streamExport(request, reply, deps, viewOf(request.query), request.query),
  );
}
