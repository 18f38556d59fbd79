import type { FastifyRequest } from 'fastify';
import { ApiHttpError } from '../errors';

/**
 * Runs before schema validation so the two commonest query mistakes get a precise message: a
 * parameter we do not know (listing the ones we do), and one given twice (`?status=A&status=B`,
 * which would otherwise reach validation as an array). SECURITY P3.
 */
export function queryGuard(allowed: readonly string[]) {
  return async (request: FastifyRequest) => {
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
      if (!allowed.includes(name)) {
        fields[name] = allowed.length
          ? `is unknown (allowed: ${allowed.join(', ')})`
          : 'is unknown (this address takes no query parameters)';
      } else if (Array.isArray(value)) {
        fields[name] = 'is given more than once; give it once';
      }
    }
    const entries = Object.entries(fields);
    if (entries.length === 0) return;
    const message =
      entries.length === 1
        ? `Query parameter ${entries[0]![0]} ${entries[0]![1]}.`
        : `Invalid query parameters: ${entries.map(([n, p]) => `${n} ${p}`).join('; ')}.`;
    throw new ApiHttpError(400, 'VALIDATION_ERROR', message, { fields });
  };
}
