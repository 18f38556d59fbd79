import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimit } from '../config/auth';
import type { Db } from '../db/database';
import { ApiHttpError } from '../errors';
import { databaseRateLimitStore } from './database-store';

function minutes(ms: number): string {
  const m = Math.max(1, Math.ceil(ms / 60_000));
  return m === 1 ? 'a minute' : `${m} minutes`;
}

export function rateLimited(message: string, ttlMs: number) {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  return new ApiHttpError(429, 'RATE_LIMITED', `${message} Try again in ${minutes(ttlMs)}.`, {
    headers: { 'retry-after': String(seconds) },
  });
}

/** Client address for per-IP limits; an IPv6 client usually owns a whole /64. */
export function clientKey(request: FastifyRequest): string {
  return normalizeIP(request.ip);
}

/**
 * @fastify/rate-limit with its counters in our database. Not global: each limit is declared where
 * it belongs, keyed after authentication where it is per agent.
 */
export async function registerRateLimit(app: FastifyInstance, db: Db, clock: () => Date) {
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(db, clock),
    // Fail closed: a limit we cannot count is not a reason to let a request through.
    skipOnError: false,
    errorResponseBuilder: (_request, context) =>
      rateLimited('Too many requests in a short time.', context.ttl),
  });
}

/** Route config for a per-agent limit (`config: { rateLimit: perAgent(...) }`), counted after auth. */
export function perAgent(name: string, limit: RateLimit, message: string) {
  return {
    max: limit.max,
    timeWindow: limit.windowMs,
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => `${name}:agent:${request.agent?.id ?? clientKey(request)}`,
    errorResponseBuilder: (_request: FastifyRequest, context: { ttl: number }) =>
      rateLimited(message, context.ttl),
  };
}
