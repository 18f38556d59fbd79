import type { FastifyInstance } from 'fastify';
import { ApiHttpError } from '../errors';

/**
 * SECURITY L3: once the server is closing, a request arriving on a kept-alive connection is
 * answered 503 at once, so a load balancer sends it elsewhere. Fastify's own answer for this
 * (return503OnClosing) is written before any hook, without our body and headers; this replaces it.
 */
export function registerDraining(app: FastifyInstance) {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onRequest', async () => {
    if (!closing) return;
    throw new ApiHttpError(
      503,
      'SHUTTING_DOWN',
      'This Rampdesk server is restarting; try again in a moment.',
      {
        // Fastify has already set Connection: close.
        headers: { 'retry-after': '1' },
      },
    );
  });
}
