import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database';
import { isApiHttpError } from '../errors';
import type { CapaClient } from '../upstream/client';

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** SECURITY L4. Probes run often: log them only when something is wrong. Public: load balancers ask. */
export async function healthRoutes(
  app: FastifyInstance,
  opts: { client: CapaClient; database: Database; readyTimeoutMs: number },
) {
  // Any Host: load balancers and orchestrators probe with an internal name or address (a pod IP,
  // a container name) that is no public origin, and these answers hold no data a rebinding page
  // could want. Nor do they take query parameters (plugins/query-guard.ts).
  const config = { auth: 'public' as const, anyHost: true };
  app.get('/health/live', { logLevel: 'warn', config }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { logLevel: 'warn', config }, async (request, reply) => {
    try {
      await within(opts.database.ping(), opts.readyTimeoutMs);
    } catch (error) {
      request.log.warn({ err: error }, 'not ready: database');
      return reply.code(503).send({ status: 'unavailable', reason: 'DATABASE_UNAVAILABLE' });
    }
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
