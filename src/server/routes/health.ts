import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database';
import type { CapaClient } from '../upstream/client';
import { UpstreamFailure } from '../upstream/errors';
import { readFailureError } from '../upstream/messages';

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
  const config = { auth: 'public' as const };
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
      // Our error code only: it says what kind of trouble without any upstream detail. For a
      // refused key, which of Capa's three 401s too: what whoever runs Rampdesk must fix.
      if (!(error instanceof UpstreamFailure)) {
        request.log.warn({ err: error, reason: 'INTERNAL_ERROR' }, 'not ready');
        return reply.code(503).send({ status: 'unavailable', reason: 'INTERNAL_ERROR' });
      }
      const reason = readFailureError(error, 'list').code;
      const keyProblem = error.extra.keyProblem;
      request.log.warn({ reason, ...(keyProblem ? { keyProblem } : {}) }, 'not ready');
      return reply.code(503).send({ status: 'unavailable', reason, ...(keyProblem ? { keyProblem } : {}) });
    }
  });
}
