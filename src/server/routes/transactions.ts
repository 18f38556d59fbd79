import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  API_PATHS,
  apiListQuerySchema,
  apiListResponseSchema,
  apiTransactionResponseSchema,
  transactionIdParamsSchema,
} from '../../contract/api';
import { capaListQuerySchema } from '../../contract/capa';
import { ApiHttpError } from '../errors';
import type { CapaClient } from '../upstream/client';
import { queryGuard } from './query-guard';

const LIST_PARAMETERS = Object.keys(capaListQuerySchema.shape);

export async function transactionRoutes(app: FastifyInstance, { client }: { client: CapaClient }) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    API_PATHS.transactions,
    {
      config: { auth: 'viewer' },
      preValidation: queryGuard(LIST_PARAMETERS),
      schema: { querystring: apiListQuerySchema, response: { 200: apiListResponseSchema } },
    },
    async (request) => {
      const query = request.query;
      const { count, data } = await client.listTransactions(query, { log: request.log });
      return { total: count, skip: query.skip, limit: query.limit, items: data };
    },
  );

  // Capa has no get-by-id: one transaction is the list filtered by id (NOTES.md).
  api.get(
    `${API_PATHS.transactions}/:id`,
    {
      config: { auth: 'viewer' },
      preValidation: queryGuard([]),
      schema: { params: transactionIdParamsSchema, response: { 200: apiTransactionResponseSchema } },
    },
    async (request) => {
      const { id } = request.params;
      const { data } = await client.listTransactions({ id, limit: 1 }, { log: request.log });
      // Checked rather than trusted: an upstream that ignored the filter must not show another transaction.
      const transaction = data.find((tx) => tx.id.toLowerCase() === id.toLowerCase());
      if (!transaction) {
        throw new ApiHttpError(
          404,
          'TRANSACTION_NOT_FOUND',
          'No transaction with this id exists for our partner account.',
        );
      }
      return transaction;
    },
  );
}
