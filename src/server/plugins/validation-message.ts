import type { FastifySchemaValidationError } from 'fastify';

const CONTEXT_LABELS: Record<string, string> = {
  querystring: 'query parameter',
  params: 'path parameter',
  body: 'body field',
  headers: 'header',
};

interface Described {
  message: string;
  fields: Record<string, string>;
}

/** Lists the allowed values when there are few enough to read. */
function allowed(values: unknown): string {
  return Array.isArray(values) && values.length <= 30 ? ` (allowed: ${values.join(', ')})` : '';
}

/** One field's problem in words; zod's defaults ("Too big: expected number to be <=100") are reworded. */
function fieldProblem(v: FastifySchemaValidationError): string {
  const p = v.params as Record<string, unknown>;
  const unit = p.origin === 'string' ? ' characters' : '';
  switch (v.keyword) {
    case 'too_big':
      return /^Too big/.test(v.message ?? '')
        ? `must be at most ${String(p.maximum)}${unit}`
        : String(v.message);
    case 'too_small':
      return /^Too small/.test(v.message ?? '')
        ? `must be at least ${String(p.minimum)}${unit}`
        : String(v.message);
    case 'invalid_value': {
      const message = String(v.message);
      // "must be ASC or DESC" already names them; "is not a known transaction status" does not.
      const named = Array.isArray(p.values) && p.values.every((value) => message.includes(String(value)));
      return named ? message : `${message}${allowed(p.values)}`;
    }
    default:
      return v.message ?? 'is not valid';
  }
}

/**
 * Turns schema validation errors into one readable sentence plus a field map for inline messages,
 * naming each parameter and what is wrong with it.
 */
export function describeValidation(
  validation: readonly FastifySchemaValidationError[],
  context: string | undefined,
): Described {
  const label = CONTEXT_LABELS[context ?? ''] ?? 'field';
  // Field names can be the client's (an unknown body key such as `constructor`): no prototype,
  // so none of them is taken as already set or lost to the `__proto__` setter.
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const v of validation) {
    if (v.keyword === 'unrecognized_keys') {
      const keys = (v.params as { keys?: unknown }).keys;
      for (const key of Array.isArray(keys) ? keys : []) fields[String(key)] = `is not a known ${label}`;
      continue;
    }
    const name = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (!name && context === 'body') {
      fields.body = 'must be a JSON object, such as {}';
      continue;
    }
    fields[name || (context ?? 'request')] ??= fieldProblem(v);
  }
  const entries = Object.entries(fields);
  const [first] = entries;
  if (entries.length === 1 && first) {
    const [name, problem] = first;
    if (name === 'body') return { message: `The request body ${problem}.`, fields };
    return { message: `Invalid ${label} ${name}: ${problem}.`, fields };
  }
  const list = entries.map(([name, problem]) => `${name} ${problem}`).join('; ');
  return { message: `Invalid ${label}s: ${list}.`, fields };
}
