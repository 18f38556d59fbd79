/**
 * The BFF's query guard (src/server/plugins/query-guard.ts, docs/security.md P3) for the mocks: a
 * parameter the route does not take, or one given twice, is a 400 VALIDATION_ERROR naming it,
 * whatever the name (`__proto__` included), before anything else looks at the query.
 */
import { apiErrorResponse } from './api-responses';

const shown = (name: string) =>
  name === '' ? '(a parameter without a name)' : name.length > 60 ? `${name.slice(0, 60)}…` : name;

export function refusedQuery(params: URLSearchParams, allowed: readonly string[]): Response | null {
  // A Map: the names are the client's, and `__proto__` must stay a name like any other.
  const problems = new Map<string, string>();
  for (const name of new Set(params.keys())) {
    if (!allowed.includes(name)) {
      problems.set(
        shown(name),
        allowed.length
          ? `is unknown (allowed: ${allowed.join(', ')})`
          : 'is unknown (this address takes no query parameters)',
      );
    } else if (params.getAll(name).length > 1) {
      problems.set(shown(name), 'is given more than once; give it once');
    }
  }
  if (problems.size === 0) return null;
  const entries = [...problems];
  const message =
    entries.length === 1
      ? `Query parameter ${entries[0]![0]} ${entries[0]![1]}.`
      : `Invalid query parameters: ${entries.map(([n, p]) => `${n} ${p}`).join('; ')}.`;
  const fields = Object.create(null) as Record<string, string>;
  for (const [name, problem] of entries) fields[name] = problem;
  return apiErrorResponse(400, 'VALIDATION_ERROR', message, { fields });
}
