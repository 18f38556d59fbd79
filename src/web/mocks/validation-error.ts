import { z } from 'zod';
import { apiErrorResponse } from './api-responses';

/** The BFF's 400 for a body or query its schema refuses: one message, and each field's problem. */
export function validationError(error: z.ZodError) {
  const flat = z.flattenError(error);
  const fields = Object.fromEntries(
    Object.entries(flat.fieldErrors as Record<string, string[] | undefined>).map(([k, v]) => [
      k,
      v?.[0] ?? 'is invalid',
    ]),
  );
  const problems = [...Object.entries(fields).map(([k, v]) => `${k} ${v}`), ...flat.formErrors];
  return apiErrorResponse(400, 'VALIDATION_ERROR', `Invalid request: ${problems.join('; ')}.`, { fields });
}
