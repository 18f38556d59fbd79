import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiHttpError } from '../errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The query parameters a route takes (default none). 'ignored': the route never reads its
     * query (the SPA's files and shell, whose URLs carry the SPA's own state).
     */
    query?: readonly string[] | 'ignored';
  }
}

/** Long enough to recognise a name, short enough that a hostile one cannot bloat the answer. */
function shown(name: string): string {
  if (name === '') return '(a parameter without a name)';
  return name.length > 60 ? `${name.slice(0, 60)}…` : name;
}

/** Each problem by parameter name: a Map, since names are the client's (`__proto__`, `constructor`). */
export function queryProblems(query: unknown, allowed: readonly string[]): Map<string, string> {
  const problems = new Map<string, string>();
  // Fastify's parser (fast-querystring) gives an object without a prototype: every name is its own key.
  for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (!allowed.includes(name)) {
      problems.set(
        name,
        allowed.length
          ? `is unknown (allowed: ${allowed.join(', ')})`
          : 'is unknown (this address takes no query parameters)',
      );
    } else if (Array.isArray(value)) {
      problems.set(name, 'is given more than once; give it once');
    }
  }
  return problems;
}

function refusal(problems: Map<string, string>): ApiHttpError {
  const entries = [...problems].map(([name, problem]) => [shown(name), problem] as const);
  const message =
    entries.length === 1
      ? `Query parameter ${entries[0]![0]} ${entries[0]![1]}.`
      : `Invalid query parameters: ${entries.map(([n, p]) => `${n} ${p}`).join('; ')}.`;
  // Object.fromEntries would drop a `__proto__` name; a null-prototype object keeps it as a key.
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, problem] of entries) fields[name] = problem;
  return new ApiHttpError(400, 'VALIDATION_ERROR', message, { fields });
}

/**
 * SECURITY P3 on every route, from its `config.query`, so a route added later takes no parameters
 * until it says which: a parameter we do not know (listing the ones we do) and one given twice
 * (`?status=A&status=B`, which would otherwise reach validation as an array) are refused with a
 * precise message before schema validation. Before the handler, so nothing is counted or called.
 */
export function registerQueryGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (request.is404) return;
    const allowed = request.routeOptions.config?.query ?? [];
    if (allowed === 'ignored') return;
    const problems = queryProblems(request.query, allowed);
    if (problems.size > 0) throw refusal(problems);
  });
}
