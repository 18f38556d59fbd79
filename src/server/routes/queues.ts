import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { QUEUES_PATH, queuesResponseSchema } from '../../contract/queues-api';
import { UPSTREAM_CALLS_HEADER } from '../../contract/reconciliation-api';
import type { CallCost } from '../list-views/upstream-reads';
import type { QueueCounts } from '../queues/queue-counts';
import { asReadError } from '../upstream/messages';

/** GET /api/queues: the work queues with their counts, for every agent (src/contract/queues-api.ts). */
export async function queueRoutes(app: FastifyInstance, { queues }: { queues: QueueCounts }) {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      QUEUES_PATH,
      { config: { auth: 'viewer' }, schema: { response: { 200: queuesResponseSchema } } },
      async (request, reply) => {
        const cost: CallCost = { calls: 0 };
        return queues
          .read({ log: request.log, cost })
          .catch((error) => {
            throw asReadError(error, 'list');
          })
          .finally(() => {
            // Only the agent whose request started a reading is charged its calls; the rest, 0.
            reply.header(UPSTREAM_CALLS_HEADER, String(cost.calls));
          });
      },
    );
}
