import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  API_PATHS,
  apiListQuerySchema,
  apiListResponseSchema,
  apiTransactionResponseSchema,
  transactionIdParamsSchema,
} from '../../contract/api';
import { CAPA_LIST_PARAMETERS } from '../../contract/capa';
import { UPSTREAM_CALLS_HEADER } from '../../contract/reconciliation-api';
import type { Collaboration } from '../collaboration/collaboration';
import { ApiHttpError } from '../errors';
import type { Resolver } from '../execute/resolver';
import type { ListViews } from '../list-views/list-views';
import type { CallCost } from '../list-views/upstream-reads';
import { viewOf } from '../list-views/view';
import { rememberedValidatorCompiler } from '../remembered-parse';
import type { CapaClient } from '../upstream/client';
import { asReadError } from '../upstream/messages';
import { readTransaction } from '../upstream/read-transaction';

const LIST_PARAMETERS = [...CAPA_LIST_PARAMETERS, 'from', 'to', 'stuck'];

/**
 * These answers are Capa's, already parsed by the client with the very schemas the response
 * schemas are made of: encoding them through zod again would check nothing new, at about a tenth
 * of the list route's CPU. The response schemas stay, for the types.
 */
const serializeParsedUpstream = () => (data: unknown) => JSON.stringify(data);

/**
 * Reads of transactions; each also settles unknown execute outcomes among them (docs/security.md E4):
 * one transaction before it is read, so its status is current; a page in the background.
 */
export async function transactionRoutes(
  app: FastifyInstance,
  {
    client,
    resolver,
    views,
    collaboration,
    clock = () => new Date(),
  }: {
    client: CapaClient;
    resolver: Resolver;
    views: ListViews;
    collaboration: Collaboration;
    clock?: () => Date;
  },
) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    API_PATHS.transactions,
    {
      config: { auth: 'viewer', query: LIST_PARAMETERS },
      schema: { querystring: apiListQuerySchema, response: { 200: apiListResponseSchema } },
      // The handler only reads its query: the few queries of a team's views are validated once.
      validatorCompiler: rememberedValidatorCompiler,
      serializerCompiler: serializeParsedUpstream,
    },
    async (request, reply) => {
      const query = request.query;
      const cost: CallCost = { calls: 0 };
      const view = viewOf(query);
      const context = { log: request.log, cost };
      const reading = query.stuck
        ? // Validation made sure a stuck view has statuses (apiListQuerySchema).
          collaboration.stuck
            .candidates(query.status!, clock())
            .then((candidates) => views.stuckPage(candidates, view, query, context))
        : views.page(view, query, context);
      const { total, items } = await reading
        .catch((error) => {
          throw asReadError(error, 'list');
        })
        // A failed answer cost calls too.
        .finally(() => {
          reply.header(UPSTREAM_CALLS_HEADER, String(cost.calls));
        });
      await resolver.resolveInBackground(
        items.map((tx) => tx.id.toLowerCase()),
        request.log,
      );
      const annotations = await collaboration.annotate(
        items.map((tx) => ({ id: tx.id, status: tx.status })),
        request.log,
      );
      return { total, skip: query.skip, limit: query.limit, items, annotations };
    },
  );

  api.get(
    `${API_PATHS.transactions}/:id`,
    {
      config: { auth: 'viewer' },
      schema: { params: transactionIdParamsSchema, response: { 200: apiTransactionResponseSchema } },
      serializerCompiler: serializeParsedUpstream,
    },
    async (request) => {
      const { id } = request.params;
      await resolver.resolve(id, request.log);
      const transaction = await readTransaction(client, id, request.log).catch((error) => {
        throw asReadError(error, 'read');
      });
      if (!transaction) {
        throw new ApiHttpError(
          404,
          'TRANSACTION_NOT_FOUND',
          'No transaction with this id exists for our partner account.',
        );
      }
      // The drawer's time in status (GET …/activity) reads what this records.
      await collaboration.sightings.record([{ id, status: transaction.status }], request.log);
      return transaction;
    },
  );
}
