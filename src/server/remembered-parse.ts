import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { LRUCache } from 'lru-cache';
import type { ZodType } from 'zod';

/** Distinct inputs remembered per parser: a team's list views are a handful; an attacker's are bounded. */
const REMEMBERED = 1_000;

/** Frozen through and through: one answer serves many requests, and none may change it for the next. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * `parse`, which must be pure (its answer depends on its input only: no clock, no state), with its
 * answers remembered by the input's JSON and frozen. A list page parses the same few queries
 * again and again, and zod's transforms and checks of one cost ~10–20 µs (docs/performance.md).
 * Refusals are not remembered: they throw, or (validator) answer an error, each time.
 */
export function rememberParses<T>(parse: (input: unknown) => T): (input: unknown) => T {
  const seen = new LRUCache<string, { value: T }>({ max: REMEMBERED });
  return (input) => {
    const key = JSON.stringify(input);
    if (typeof key !== 'string') return parse(input);
    let hit = seen.get(key);
    if (!hit) {
      hit = { value: deepFreeze(parse(input)) };
      seen.set(key, hit);
    }
    return hit.value;
  };
}

type ValidationResult = { value?: unknown; error?: Error };

type RouteSchema<S> = Parameters<FastifySchemaCompiler<S>>[0];

/**
 * The zod type provider's validator with remembered successes, for a route whose handler only
 * reads its validated query (the list: GET /api/transactions).
 */
export function rememberedValidatorCompiler<S>(route: RouteSchema<S>) {
  const validate = validatorCompiler(route as RouteSchema<ZodType>) as (data: unknown) => ValidationResult;
  const remembered = rememberParses((data) => {
    const result = validate(data);
    if (result.error) throw new Refused(result);
    return result;
  });
  return (data: unknown) => {
    try {
      return remembered(data);
    } catch (error) {
      if (error instanceof Refused) return error.result;
      throw error;
    }
  };
}

/** A refusal carried past the memory, so it is answered and never remembered. */
class Refused {
  constructor(readonly result: ValidationResult) {}
}
