import type { FastifyInstance } from 'fastify';
import { isApiHttpError } from '../errors';
import type { CapaClient } from '../upstream/client';

/** SECURITY L4. Probes run often: log them only when something is wrong. */
export async function healthRoutes(
  app: FastifyInstance,
  opts: { client: CapaClient; readyTimeoutMs: number },
) {
  app.get('/health/live', { logLevel: 'warn' }, async () => ({ status: 'ok' }));

  app.get('/health/ready', { logLevel: 'warn' }, async (request, reply) => {
    try {
      // One quick attempt: a load balancer asks again soon anyway.
      await opts.client.listTransactions(
        { limit: 1 },
        { log: request.log, retries: 0, budgetMs: opts.readyTimeoutMs },
      );
      return { status: 'ok' };
    } catch (error) {
      // Our error code only: it says what kind of trouble without any upstream detail.
      const reason = isApiHttpError(error) ? error.code : 'INTERNAL_ERROR';
      request.log.warn({ reason }, 'not ready');
      return reply.code(503).send({ status: 'unavailable', reason });
    }
  });
}
