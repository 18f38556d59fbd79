/**
 * One /api route of the mocks, refused as the BFF refuses and in the BFF's order (src/server/app.ts):
 * X-CSRF, then for writes a JSON body from our own origin (plugins/csrf.ts); the session and role
 * (auth/auth-plugin.ts); the body as Fastify parses it (16 KiB, JSON, no prototype keys); the query
 * parameters the route takes (plugins/query-guard.ts); then its schemas, params before body before
 * query, the first one failing answering. src/contract/api-scenarios.ts checks both sides alike.
 */
import { http, type DefaultBodyType, type PathParams } from 'msw';
import type { z } from 'zod';
import { API_PATHS, CSRF_HEADER, CSRF_HEADER_VALUE } from '../../contract/api';
import { roleAtLeast, ROLE_LABELS, type AgentRole, type PublicAgent } from '../../contract/auth';
import { agentStore, mockSession } from './agent-store';
import { apiErrorResponse } from './api-responses';
import { refusedQuery } from './query-guard';
import { validationError, type ValidationContext } from './validation-error';

/** Fastify's bodyLimit on the BFF (src/server/app.ts). */
const BODY_LIMIT = 16 * 1024;
const ARTICLE: Record<AgentRole, string> = { viewer: 'a viewer', operator: 'an operator', admin: 'an admin' };

export const unauthenticated = () => apiErrorResponse(401, 'UNAUTHENTICATED', 'Sign in to continue.');

/** The BFF's 403: the role needed travels with it so the SPA can name it. */
export function forbidden(required: AgentRole, role: AgentRole = 'viewer') {
  const message = `This needs the ${ROLE_LABELS[required]} role; you are ${ARTICLE[role]}. Ask an admin if you need it.`;
  return apiErrorResponse(403, 'FORBIDDEN', message, { requiredRole: required });
}

interface Schemas<P extends z.ZodType, B extends z.ZodType, Q extends z.ZodType> {
  /** Who may call it: anyone, or an agent with at least this role. */
  auth: 'public' | AgentRole;
  /** The query parameters it takes (default none). */
  query?: readonly string[];
  params?: P;
  body?: B;
  querystring?: Q;
}

export interface RouteInput<P extends z.ZodType, B extends z.ZodType, Q extends z.ZodType> {
  request: Request;
  /** Null on public routes. */
  agent: PublicAgent | null;
  params: z.output<P>;
  body: z.output<B>;
  query: z.output<Q>;
}

function csrfRefusal(request: Request): Response | null {
  if (request.headers.get(CSRF_HEADER) !== CSRF_HEADER_VALUE) {
    const message = `API requests must carry the header X-CSRF: ${CSRF_HEADER_VALUE} (the Rampdesk web app always sends it).`;
    return apiErrorResponse(403, 'CSRF_REQUIRED', message);
  }
  if (request.method === 'GET') return null;
  const mediaType = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return apiErrorResponse(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the body as JSON with Content-Type: application/json.',
    );
  }
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  if (
    (origin !== null && origin !== new URL(request.url).origin) ||
    (site !== null && site !== 'same-origin')
  ) {
    return apiErrorResponse(
      403,
      'CROSS_ORIGIN_REFUSED',
      'This request came from another site; open Rampdesk itself and try again.',
    );
  }
  return null;
}

/** docs/security.md A6: all an agent with a one-time password may call before choosing their own. */
const OPEN_BEFORE_PASSWORD_CHANGE: readonly string[] = [
  API_PATHS.me,
  API_PATHS.changePassword,
  API_PATHS.signOut,
  API_PATHS.locale,
];

function accessRefusal(auth: 'public' | AgentRole, path: string): Response | null {
  if (auth === 'public') return null;
  const agent = mockSession.current();
  if (!agent) return unauthenticated();
  if (agentStore.mustChangePassword(agent.id) && !OPEN_BEFORE_PASSWORD_CHANGE.includes(path)) {
    return apiErrorResponse(
      403,
      'PASSWORD_CHANGE_REQUIRED',
      'Choose your own password first: the one you signed in with was set by an admin and works only once.',
    );
  }
  return roleAtLeast(agent.role, auth) ? null : forbidden(auth, agent.role);
}

/** Fastify's JSON parser on the BFF: `__proto__` and `constructor.prototype` keys are refused too. */
async function parseBody(request: Request): Promise<{ value: unknown } | { refused: Response }> {
  const text = await request.text();
  if (new TextEncoder().encode(text).length > BODY_LIMIT) {
    return {
      refused: apiErrorResponse(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large (16 KiB at most).'),
    };
  }
  if (text === '') {
    return {
      refused: apiErrorResponse(
        400,
        'BAD_REQUEST',
        'The request body is empty; send a JSON object, such as {}.',
      ),
    };
  }
  try {
    return {
      value: JSON.parse(text, (key, value: unknown) => {
        const poisoned =
          key === '__proto__' || (key === 'constructor' && Object.hasOwn(Object(value), 'prototype'));
        if (poisoned) throw new SyntaxError('prototype poisoning');
        return value;
      }),
    };
  } catch {
    return { refused: apiErrorResponse(400, 'BAD_REQUEST', 'The request body is not valid JSON.') };
  }
}

/** The value as the schema outputs it (the input itself when there is none), or the BFF's 400. */
function validated<S extends z.ZodType>(
  schema: S | undefined,
  value: unknown,
  context: ValidationContext,
): { value: z.output<S> } | { refused: Response } {
  if (!schema) return { value: value as z.output<S> };
  const result = schema.safeParse(value);
  return result.success ? { value: result.data } : { refused: validationError(result.error, context) };
}

export function apiRoute<
  P extends z.ZodType = z.ZodType<PathParams>,
  B extends z.ZodType = z.ZodType<unknown>,
  Q extends z.ZodType = z.ZodType<unknown>,
>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  path: string,
  options: Schemas<P, B, Q>,
  resolve: (input: RouteInput<P, B, Q>) => Response | Promise<Response>,
) {
  const verb = { GET: http.get, POST: http.post, PATCH: http.patch, PUT: http.put }[method];
  // Any origin: happy-dom's, or wherever a test serves from. (The `*` shows up as params[0].)
  return verb<PathParams, DefaultBodyType>(
    `*${path}`,
    async ({ request, params: { 0: _origin, ...params } }) => {
      const early = csrfRefusal(request) ?? accessRefusal(options.auth, path);
      if (early) return early;
      let body: unknown;
      if (method !== 'GET') {
        const parsed = await parseBody(request);
        if ('refused' in parsed) return parsed.refused;
        body = parsed.value;
      }
      const searchParams = new URL(request.url).searchParams;
      const badQuery = refusedQuery(searchParams, options.query ?? []);
      if (badQuery) return badQuery;
      const p = validated(options.params, params, 'params');
      if ('refused' in p) return p.refused;
      const b = validated(options.body, body, 'body');
      if ('refused' in b) return b.refused;
      const q = validated(options.querystring, Object.fromEntries(searchParams), 'query');
      if ('refused' in q) return q.refused;
      const agent = options.auth === 'public' ? null : mockSession.current();
      return resolve({ request, agent, params: p.value, body: b.value, query: q.value });
    },
  );
}

/** Every other /api address: no route, so nothing is checked (not even X-CSRF), as on the BFF. */
export const noRoute = http.all('*/api/*', () => apiErrorResponse(404, 'NOT_FOUND', 'Nothing here.'));
