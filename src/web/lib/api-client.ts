/**
 * The SPA's only way to the BFF: same-origin /api, JSON in and out, every body parsed with the
 * contract's zod schema so a shape we do not understand fails loudly here, not deep in a view.
 *
 * Nothing here imports zod: the entry sends its first requests with this module, and the schemas
 * (with zod) load beside them (`LazySchema`), so the first screen does not wait for them to parse
 * and compile before it asks (docs/performance.md, issue 16).
 */
import type { AgentRole } from '../../contract/agent-roles';
import type { ApiError } from '../../contract/api';
import { CSRF_HEADER, CSRF_HEADER_VALUE, REQUEST_ID_HEADER } from '../../contract/api-paths';
import { parseRetryAfter } from '../../contract/retry-after';

/** What an answer is checked with: a contract schema (zod's `safeParse` fits). */
export interface ResponseSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: unknown };
}

/**
 * A contract schema from a module loaded on first use: the request goes out at once and the
 * module loads meanwhile, e.g. `() => import('../../contract/api').then((m) => m.apiConfigSchema)`.
 */
export type LazySchema<T> = () => Promise<ResponseSchema<T>>;

export type SchemaOf<T> = ResponseSchema<T> | LazySchema<T>;

/** For answers nothing reads (sign-out's 204): any body, or none, will do. */
export const anyBody: ResponseSchema<unknown> = { safeParse: (data) => ({ success: true, data }) };

/** The error body's schema, with the rest of api.ts, once a request has failed. */
const apiErrorSchema: LazySchema<ApiError> = () => import('../../contract/api').then((m) => m.apiErrorSchema);

/** Codes the client gives errors that never reached our JSON (the BFF's own codes come as sent). */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  unexpectedResponse: 'UNEXPECTED_RESPONSE',
  invalidResponse: 'INVALID_RESPONSE',
} as const;

export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  /** HTTP status; 0 when no response arrived at all. */
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;
  /** Per-field problems of a VALIDATION_ERROR. */
  readonly fields: Record<string, string> | undefined;
  /** With FORBIDDEN: the least role that may do this, so the message can name it. */
  readonly requiredRole: AgentRole | undefined;
  /** From Retry-After (429, 503): how long to wait, so the message can say when to try again. */
  readonly retryAfterSeconds: number | null;

  constructor(
    init: {
      status: number;
      code: string;
      message: string;
      requestId?: string | null;
      fields?: Record<string, string>;
      requiredRole?: AgentRole;
      retryAfterSeconds?: number | null;
    },
    options?: ErrorOptions,
  ) {
    super(init.message, options);
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId ?? null;
    this.fields = init.fields;
    this.requiredRole = init.requiredRole;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

/** A 401 from a protected route: no session, or it expired (not a wrong password at sign-in). */
export function isUnauthenticated(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError && error.status === 401;
}

export function isForbidden(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError && error.status === 403 && error.code === 'FORBIDDEN';
}

export type QueryValue = string | number | null | undefined;

export interface ApiRequestOptions<T> {
  schema: SchemaOf<T>;
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT';
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  /** From TanStack Query, so a superseded request is cancelled on the wire too. */
  signal?: AbortSignal;
  /**
   * Called with a successful answer's JSON as soon as it is read, before the (lazy) schema has
   * checked it: for a decision that must not wait for zod, never for showing anything.
   */
  onBody?: (body: unknown) => void;
}

export function apiUrl(path: string, query?: Record<string, QueryValue>): URL {
  // An absolute URL on our own origin: same-origin in the browser, and resolvable in tests.
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  return url;
}

export async function apiRequest<T>(path: string, options: ApiRequestOptions<T>): Promise<T> {
  const { method = 'GET', query, body, headers, signal } = options;
  // Loading starts with the request, not after it: by the answer, the schema is usually there.
  const schema = resolveSchema(options.schema);
  // The BFF takes a state-changing request only as JSON (docs/security.md C1), and an empty JSON body
  // is not JSON: a POST with nothing to say (sign-out) sends {}.
  const json = method === 'GET' ? undefined : JSON.stringify(body ?? {});
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      [CSRF_HEADER]: CSRF_HEADER_VALUE,
      ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: json,
    signal,
  };

  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), init);
  } catch (error) {
    // A cancelled query is not a failure: let TanStack Query see the AbortError itself.
    if (signal?.aborted) throw error;
    throw new ApiRequestError(
      {
        status: 0,
        code: CLIENT_ERROR_CODES.network,
        message: "Rampdesk's server could not be reached. Check your network connection, then retry.",
      },
      { cause: error },
    );
  }

  const requestId = response.headers.get(REQUEST_ID_HEADER);
  const payload = await readJson(response);
  if (!response.ok) {
    throw await errorFromResponse(response.status, payload, requestId, retryAfterSecondsOf(response));
  }

  if (payload.ok) options.onBody?.(payload.value);
  const parsed = payload.ok ? (await schema).safeParse(payload.value) : null;
  if (!parsed?.success) {
    throw new ApiRequestError(
      {
        status: response.status,
        code: CLIENT_ERROR_CODES.invalidResponse,
        message:
          "Rampdesk's server sent an answer this page could not read. Reload the page; if it persists, report the request id.",
        requestId,
      },
      { cause: parsed?.error },
    );
  }
  return parsed.data;
}

export function apiGet<T>(
  path: string,
  schema: SchemaOf<T>,
  options: Omit<ApiRequestOptions<T>, 'schema' | 'method' | 'body'> = {},
): Promise<T> {
  return apiRequest(path, { ...options, schema, method: 'GET' });
}

export function apiPost<T>(
  path: string,
  body: unknown,
  schema: SchemaOf<T>,
  options: Omit<ApiRequestOptions<T>, 'schema' | 'method' | 'body' | 'query'> = {},
): Promise<T> {
  return apiRequest(path, { ...options, schema, method: 'POST', body });
}

export function apiPatch<T>(
  path: string,
  body: unknown,
  schema: SchemaOf<T>,
  options: Omit<ApiRequestOptions<T>, 'schema' | 'method' | 'body' | 'query'> = {},
): Promise<T> {
  return apiRequest(path, { ...options, schema, method: 'PATCH', body });
}

/** A non-2xx answer as the error apiRequest would throw, for callers that read bodies themselves (CSV). */
export async function errorFromFailedResponse(response: Response): Promise<ApiRequestError> {
  const payload = await readJson(response);
  return await errorFromResponse(
    response.status,
    payload,
    response.headers.get(REQUEST_ID_HEADER),
    retryAfterSecondsOf(response),
  );
}

/** A schema, or the promise of the lazy one's module; a module that fails to load fails the request. */
function resolveSchema<T>(schema: SchemaOf<T>): Promise<ResponseSchema<T>> {
  const resolved = typeof schema === 'function' ? schema() : Promise.resolve(schema);
  // Awaited only once the answer is in; until then a rejection must not count as unhandled.
  resolved.catch(() => undefined);
  return resolved;
}

/** Whole seconds, rounded up: a wait shorter than asked would only meet the limit again. */
function retryAfterSecondsOf(response: Response): number | null {
  const ms = parseRetryAfter(response.headers.get('retry-after'));
  return ms === undefined ? null : Math.ceil(ms / 1000);
}

type Payload = { ok: true; value: unknown } | { ok: false };

async function readJson(response: Response): Promise<Payload> {
  try {
    const text = await response.text();
    // No body (204 after sign-out) is a valid answer: the schema decides whether it is enough.
    if (text === '') return { ok: true, value: undefined };
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

async function errorFromResponse(
  status: number,
  payload: Payload,
  headerRequestId: string | null,
  retryAfterSeconds: number | null,
): Promise<ApiRequestError> {
  // Its module unloadable (a deploy replaced it): the status still says what happened (401, 503).
  const schema = payload.ok ? await apiErrorSchema().catch(() => null) : null;
  const known = payload.ok ? schema?.safeParse(payload.value) : undefined;
  if (known?.success) {
    const { code, message, requestId, fields, requiredRole } = known.data.error;
    return new ApiRequestError({ status, code, message, requestId, fields, requiredRole, retryAfterSeconds });
  }
  // Not our JSON: a proxy's HTML page, a load balancer's 502, a server that is restarting.
  const gateway = status === 502 || status === 503 || status === 504;
  const message = gateway
    ? `Rampdesk's server could not be reached (HTTP ${status}). It may be restarting: retry in a moment.`
    : `Rampdesk's server answered with an unexpected error (HTTP ${status}). Retry; if it keeps failing, tell your administrator.`;
  return new ApiRequestError({
    status,
    code: CLIENT_ERROR_CODES.unexpectedResponse,
    message,
    requestId: headerRequestId,
    retryAfterSeconds,
  });
}
