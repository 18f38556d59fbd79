import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { REQUEST_ID_HEADER } from '../contract/api';

/**
 * Ids are always made here (Fastify's requestIdHeader is off): an id a client picks could forge
 * or collide with log lines.
 */
export const genReqId = (): string => randomUUID();

export function registerRequestId(app: FastifyInstance) {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}
