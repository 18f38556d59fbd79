import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import type { OverloadLimits } from '../config/overload';
import { ApiHttpError } from '../errors';

/**
 * SECURITY L2: under overload, /api requests get 503 OVERLOADED with Retry-After before any work
 * (session lookup, Capa call) is done. Registered before the other hooks so it runs first. Health
 * probes and static files are left alone: /health/live must say "alive" even while the BFF sheds
 * load, or an orchestrator would restart a process that is merely busy.
 */
export async function registerOverloadGuard(app: FastifyInstance, limits: OverloadLimits) {
  const retryAfter = String(limits.retryAfterSeconds);
  await app.register(underPressure, {
    maxEventLoopDelay: limits.maxEventLoopDelayMs,
    maxHeapUsedBytes: limits.maxHeapUsedBytes,
    maxRssBytes: limits.maxRssBytes,
    sampleInterval: limits.sampleIntervalMs,
    // A rejected promise reaches the error handler, which writes our error body and headers.
    pressureHandler: async (request, _reply, type, value) => {
      if (!request.url.startsWith('/api/')) return;
      request.log.warn({ pressure: type, value }, 'overloaded: refusing a request');
      throw new ApiHttpError(
        503,
        'OVERLOADED',
        `Rampdesk is overloaded right now; try again in ${retryAfter} seconds.`,
        { headers: { 'retry-after': retryAfter } },
      );
    },
  });
}
