import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  apiExecuteBodySchema,
  apiExecuteResponseSchema,
  transactionIdParamsSchema,
} from '../../contract/api';
import { IDEMPOTENCY_KEY_FORMAT, IDEMPOTENCY_KEY_HEADER } from '../../contract/capa';
import { ApiHttpError } from '../errors';
import type { CapaClient } from '../upstream/client';
import { queryGuard } from './query-guard';

/** State-changing requests must say they are JSON (SECURITY C1); checked before the body is read. */
export async function requireJson(request: FastifyRequest) {
  const type = String(request.headers['content-type'] ?? '')
    .split(';', 1)[0]!
    .trim()
    .toLowerCase();
  if (type !== 'application/json') {
    throw new ApiHttpError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the body as JSON with Content-Type: application/json.',
    );
  }
}

/** The client's key when it gives a valid one (so its retries replay), else a fresh one for this request. */
export function idempotencyKeyFor(request: FastifyRequest): string {
  const given = request.headers[IDEMPOTENCY_KEY_HEADER];
  if (given === undefined) return `rampdesk-${randomUUID()}`;
  if (typeof given === 'string' && IDEMPOTENCY_KEY_FORMAT.test(given)) return given;
  const problem = 'must be 16 to 128 printable ASCII characters without spaces, given once';
  throw new ApiHttpError(400, 'VALIDATION_ERROR', `The Idempotency-Key header ${problem}.`, {
    fields: { 'Idempotency-Key': problem },
  });
}

/**
 * Execute through Capa. Kept small on purpose: role checks, the per-transaction lock and the
 * audit log (SECURITY E1–E6) wrap around this handler in a later issue.
 */
export async function executeRoutes(app: FastifyInstance, { client }: { client: CapaClient }) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/transactions/:id/execute',
    {
      onRequest: requireJson,
      preValidation: queryGuard([]),
      schema: {
        params: transactionIdParamsSchema,
        body: apiExecuteBodySchema,
        response: { 200: apiExecuteResponseSchema },
      },
    },
    async (request, reply) => {
      const idempotencyKey = idempotencyKeyFor(request);
      // Returned on every answer, errors included, so the SPA can retry with the same key.
      reply.header(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
      const { id } = request.params;
      const { transactionHash } = request.body;
      const result = await client.executeOffRamp(
        { transactionId: id, ...(transactionHash ? { transactionHash } : {}) },
        idempotencyKey,
        { log: request.log },
      );
      request.log.info(
        { transactionId: id, idempotencyKey, status: result.status },
        'execute accepted by Capa',
      );
      return result;
    },
  );
}
