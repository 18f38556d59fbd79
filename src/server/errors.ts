import type { ApiErrorCode } from '../contract/api';
import type { AgentRole } from '../contract/auth';

interface ApiHttpErrorOptions {
  /** Per-field problems of a VALIDATION_ERROR. */
  fields?: Record<string, string>;
  /** Response headers that belong with the error (Retry-After). */
  headers?: Record<string, string>;
  /** Facts for our logs only (upstream status, Capa's code): never sent to the client. */
  detail?: Record<string, unknown>;
  /** With FORBIDDEN: the least role that may do it. */
  requiredRole?: AgentRole;
}

/**
 * An error whose message is written for the agent. Only these messages reach the client; any
 * other error becomes a generic one, so library or upstream wording never leaks.
 */
export class ApiHttpError extends Error {
  readonly fields: Record<string, string> | undefined;
  readonly headers: Record<string, string>;
  readonly detail: Record<string, unknown>;
  readonly requiredRole: AgentRole | undefined;

  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    options: ApiHttpErrorOptions = {},
  ) {
    super(message);
    this.name = 'ApiHttpError';
    this.fields = options.fields;
    this.headers = options.headers ?? {};
    this.detail = options.detail ?? {};
    this.requiredRole = options.requiredRole;
  }
}

export function isApiHttpError(error: unknown): error is ApiHttpError {
  return error instanceof ApiHttpError;
}
