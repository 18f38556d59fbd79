/**
 * The BFF's 400 for params, a body or a query its schema refuses (src/server/plugins/validation-message.ts):
 * each field's problem by name, an unknown key as `is not a known …`, and a body that fails as a
 * whole as the field `body`.
 */
import type { z } from 'zod';
import { apiErrorResponse } from './api-responses';

export type ValidationContext = 'params' | 'body' | 'query';

const LABELS: Record<ValidationContext, string> = {
  params: 'path parameter',
  body: 'body field',
  query: 'query parameter',
};

export function validationError(error: z.ZodError, context: ValidationContext) {
  const label = LABELS[context];
  // No prototype: a field name may be the client's (an unknown body key such as `constructor`).
  const fields = Object.create(null) as Record<string, string>;
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[key] = `is not a known ${label}`;
      continue;
    }
    const name = issue.path.map(String).join('.');
    if (!name && context === 'body') fields.body = 'must be a JSON object, such as {}';
    // The BFF names a whole query by Fastify's word for it.
    else fields[name || (context === 'query' ? 'querystring' : context)] ??= issue.message;
  }
  const entries = Object.entries(fields);
  const message =
    entries.length === 1
      ? entries[0]![0] === 'body'
        ? `The request body ${entries[0]![1]}.`
        : `Invalid ${label} ${entries[0]![0]}: ${entries[0]![1]}.`
      : `Invalid ${label}s: ${entries.map(([name, problem]) => `${name} ${problem}`).join('; ')}.`;
  return apiErrorResponse(400, 'VALIDATION_ERROR', message, { fields });
}
