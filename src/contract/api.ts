/** Rampdesk's own /api between the SPA and the BFF. */
import { z } from 'zod';
import { agentRoleSchema } from './auth';
import { transactionSchema } from './capa';
import { annotationsSchema } from './collaboration-api';
import { TX_HASH_MAX_LENGTH } from './enums';
import { apiFilterFields, pagingFields, uuid, withListDefaults } from './query-fields';
import { WINDOW_ORDER_ISSUE, windowFields, windowInOrder } from './reconciliation-api';

// Zod-free, for the SPA's entry (see the module); re-exported for everyone else.
export { API_PATHS, CSRF_HEADER, CSRF_HEADER_VALUE, REQUEST_ID_HEADER } from './api-paths';

/**
 * GET /api/transactions: Capa's filters, validated before anything goes upstream, plus the BFF's
 * date window (reconciliation-api.ts), which never goes upstream as such.
 */
/**
 * `stuck=true`: only the transactions stuck in one of the status filter's statuses, longest in
 * status first (docs/architecture.md, "Stuck items"); `sortOrder` does not apply to it.
 */
export const stuckField = {
  stuck: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .transform((v) => v === 'true')
    .optional(),
};

export const apiListQuerySchema = z
  .strictObject({ ...apiFilterFields, ...windowFields, ...pagingFields, ...stuckField })
  .refine(windowInOrder, WINDOW_ORDER_ISSUE)
  .refine((q) => !q.stuck || q.status !== undefined, {
    message:
      'needs a status filter: say which statuses to look for stuck items in (e.g. status=CRYPTO_RECEIVED)',
    path: ['stuck'],
  })
  .transform(withListDefaults);
export type ApiListQuery = z.output<typeof apiListQuerySchema>;

export const apiListResponseSchema = z.object({
  total: z.number().int().nonnegative(),
  skip: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  items: z.array(transactionSchema),
  /** Rampdesk's own facts about the rows (status since, stuck, taken), by id; `items` stay Capa's. */
  // Absent reads as "nothing known" (a test's hand-made page, or a BFF before migration 0006).
  annotations: annotationsSchema.default({}),
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

/** Sandbox only: the seeded demo agents, whose passwords are public sandbox data. */
export const demoAgentSchema = z.object({
  email: z.string(),
  role: agentRoleSchema,
  password: z.string(),
});
export type DemoAgent = z.infer<typeof demoAgentSchema>;

/** GET /api/config: what the SPA needs before sign-in. Never a secret (demo passwords are sandbox data). */
export const apiConfigSchema = z.object({
  environment: z.enum(ENVIRONMENTS),
  upstreamHost: z.string(),
  /** Present only when environment is sandbox. */
  demoAgents: z.array(demoAgentSchema).optional(),
  /** The language menu offers the pseudo-locale too (PSEUDO_LOCALE): for finding cut-off text. */
  pseudoLocale: z.boolean(),
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
  // The safe execute's own: another execute of this transaction is running (409); Rampdesk already
  // executed it successfully (409, docs/security.md E6); the outcome is unknown (504 on the attempt
  // itself, 409 for a new attempt while it is unresolved).
  'EXECUTE_IN_PROGRESS',
  'ALREADY_EXECUTED',
  'EXECUTE_OUTCOME_UNKNOWN',
  // Another agent has taken the transaction (409): the message says who, and since when.
  'TAKEN_BY_ANOTHER',
  'UPSTREAM_REJECTED_INPUT',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_BAD_RESPONSE',
  'UPSTREAM_RATE_LIMITED',
  'UPSTREAM_AUTH_FAILED',
  // Capa refused for a reason that is neither the agent's input nor the key: a redirect, a 403
  // other than TRANSACTION_ACCESS_DENIED, a 404 about the address, a 409 or another 4xx.
  'UPSTREAM_REFUSED',
  'RATE_LIMITED',
  // Totals of a view holding more than TOTALS_MAX_ROWS transactions (422): narrow it.
  'VIEW_TOO_LARGE',
  // A view's rows moved while the BFF read it page by page (409): a transaction entered or left it
  // before rows already read (e.g. a status filter and a status change). Trying again reads it anew.
  'VIEW_CHANGED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  // The agent signed in with a password an admin set: nothing but choosing their own until they do
  // (docs/security.md A6). Sign-out, GET /api/auth/me and change-password still answer.
  'PASSWORD_CHANGE_REQUIRED',
  // A new password that is too short, too common, or made of the agent's email or name; the message says which.
  'WEAK_PASSWORD',
  // Signed in through single sign-on: Rampdesk holds no password of theirs to change.
  'PASSWORD_CHANGE_UNAVAILABLE',
  'CSRF_REQUIRED',
  'CROSS_ORIGIN_REFUSED',
  // A Host that is not one of PUBLIC_ORIGIN's (421): DNS rebinding, or a proxy or bookmark that
  // uses a name the operator has not listed.
  'HOST_NOT_ALLOWED',
  // Refused by the HTTP layer before any route: headers (cookies, usually) too large, or too slow.
  'HEADERS_TOO_LARGE',
  'REQUEST_TIMEOUT',
  'AGENT_NOT_FOUND',
  'AGENT_EXISTS',
  'OWN_ACCOUNT_LOCKED',
  'OVERLOADED',
  // This instance is stopping (docs/security.md L3); another one, or this one restarted, will answer.
  'SHUTTING_DOWN',
  'INTERNAL_ERROR',
  // Totals of a view with more than TOTALS_MAX_ROWS transactions (reconciliation-api.ts).
  'VIEW_TOO_LARGE',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    /** Per-field problems of a VALIDATION_ERROR, for inline messages. */
    fields: z.record(z.string(), z.string()).optional(),
    /** With FORBIDDEN: the least role that may do this, so the SPA can say what is needed. */
    requiredRole: agentRoleSchema.optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** The body of every /api error: built here only, for the BFF and for the SPA tests' stand-in of it. */
export function apiErrorBody(
  code: ApiErrorCode,
  message: string,
  requestId: string,
  { fields, requiredRole }: Pick<ApiError['error'], 'fields' | 'requiredRole'> = {},
): ApiError {
  return {
    error: {
      code,
      message,
      requestId,
      ...(fields ? { fields } : {}),
      ...(requiredRole ? { requiredRole } : {}),
    },
  };
}
