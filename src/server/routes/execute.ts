import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  apiExecuteBodySchema,
  apiExecuteResponseSchema,
  transactionIdParamsSchema,
} from '../../contract/api';
import {
  executeIdempotencyKey,
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyRefusal,
} from '../../contract/idempotency-key';
import type { TakesRepo } from '../collaboration/takes-repo';
import type { RateLimit } from '../config/auth';
import { ApiHttpError } from '../errors';
import type { Executor } from '../execute/executor';
import { perAgent } from '../rate-limit/rate-limits';

function idempotencyKeyFor(request: FastifyRequest): string {
  const key = executeIdempotencyKey(request.headers[IDEMPOTENCY_KEY_HEADER]);
  if (key !== null) return key;
  const { message, fields } = idempotencyKeyRefusal();
  throw new ApiHttpError(400, 'VALIDATION_ERROR', message, { fields });
}

/**
 * Execute through Capa, for operators and admins (docs/security.md E1–E6): the route checks the role
 * (config.auth), the body and the key; the executor (src/server/execute/) does the rest.
 */
export async function executeRoutes(
  app: FastifyInstance,
  {
    executor,
    limit,
    takes,
    onSettled = () => {},
  }: { executor: Executor; limit: RateLimit; takes: TakesRepo; onSettled?: () => void },
) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/transactions/:id/execute',
    {
      // Content-Type and X-CSRF are checked for every /api write by the CSRF guard (plugins/csrf.ts).
      config: {
        auth: 'operator',
        rateLimit: perAgent('execute', limit, 'You have started many executes in a short time.'),
      },
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
      const answer = await executor
        .execute({
          agent: request.agent!,
          transactionId: request.params.id,
          transactionHash: request.body.transactionHash ?? null,
          idempotencyKey,
          log: request.log,
        })
        .finally(onSettled);
      // The work is done: whoever had taken it is released (docs/security.md W1). Capa has executed
      // whatever happens here, so a failure is logged, not answered (the take lapses by itself).
      await takes
        .releaseExecuted(request.params.id)
        .catch((error) => request.log.error({ err: error }, 'take not released after execute'));
      return answer;
    },
  );
}
