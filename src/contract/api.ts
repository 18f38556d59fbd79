/** Rampdesk's own /api between the SPA and the BFF. */
import { z } from 'zod';
import { transactionSchema } from './capa';
import { LIST_LIMIT_DEFAULT, TX_HASH_MAX_LENGTH } from './enums';
import { listFilterFields, pagingFields, uuid } from './query-fields';

export const API_PATHS = {
  config: '/api/config',
  transactions: '/api/transactions',
  transaction: (id: string) => `/api/transactions/${encodeURIComponent(id)}`,
  execute: (id: string) => `/api/transactions/${encodeURIComponent(id)}/execute`,
} as const;

/** GET /api/transactions: Capa's filters, validated before anything goes upstream. */
export const apiListQuerySchema = z.strictObject({ ...listFilterFields, ...pagingFields }).transform((q) => ({
  ...q,
  skip: q.skip ?? 0,
  limit: q.limit ?? LIST_LIMIT_DEFAULT,
  sortBy: q.sortBy ?? ('createdAt' as const),
  sortOrder: q.sortOrder ?? ('DESC' as const),
}));
export type ApiListQueryInput = z.input<typeof apiListQuerySchema>;
export type ApiListQuery = z.output<typeof apiListQuerySchema>;

export const apiListResponseSchema = z.object({
  total: z.number().int().nonnegative(),
  skip: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  items: z.array(transactionSchema),
});
export type ApiListResponse = z.infer<typeof apiListResponseSchema>;

export const transactionIdParamsSchema = z.strictObject({ id: uuid });

export const apiTransactionResponseSchema = transactionSchema;

export const apiExecuteBodySchema = z.strictObject({
  transactionHash: z
    .string()
    .trim()
    .min(1, 'must not be empty; leave it out to execute without a hash')
    .max(TX_HASH_MAX_LENGTH)
    .optional(),
});
export type ApiExecuteBody = z.infer<typeof apiExecuteBodySchema>;

export const apiExecuteResponseSchema = z.object({ id: z.string(), status: z.string() });
export type ApiExecuteResponse = z.infer<typeof apiExecuteResponseSchema>;

export const ENVIRONMENTS = ['sandbox', 'staging', 'production', 'custom'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** GET /api/config: what the SPA needs before sign-in. Never a secret. */
export const apiConfigSchema = z.object({
  environment: z.enum(ENVIRONMENTS),
  upstreamHost: z.string(),
});
export type ApiConfig = z.infer<typeof apiConfigSchema>;

/** Codes of Rampdesk's /api errors; the SPA picks its wording and remedies by code. */
export const API_ERROR_CODES = [
  'BAD_REQUEST',
  'VALIDATION_ERROR',
  'NOT_FOUND',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'TRANSACTION_NOT_FOUND',
  'TRANSACTION_ACCESS_DENIED',
  'INVALID_TRANSACTION_HASH',
  'TRANSACTION_NOT_EXECUTABLE',
  'UPSTREAM_REJECTED_INPUT',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_BAD_RESPONSE',
  'UPSTREAM_RATE_LIMITED',
  'UPSTREAM_AUTH_FAILED',
  'RATE_LIMITED',
  'OVERLOADED',
  'INTERNAL_ERROR',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    /** Per-field problems of a VALIDATION_ERROR, for inline messages. */
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const REQUEST_ID_HEADER = 'x-request-id';
