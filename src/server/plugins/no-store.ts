import type { FastifyInstance } from 'fastify';

/** Our JSON answers hold transactions and bank accounts: no browser or proxy may keep them. */
export function isApiPath(url: string): boolean {
  return /^\/(?:api|health)(?:[/?#]|$)/.test(url);
}

export function registerNoStore(app: FastifyInstance) {
  app.addHook('onSend', (request, reply, payload, done) => {
    if (isApiPath(request.url)) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
