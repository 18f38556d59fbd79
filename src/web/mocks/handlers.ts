/**
 * MSW handlers for the BFF's /api, written once from the contract: component tests use them
 * through test/server.ts, and a front-end-only dev mode can start them in a service worker.
 * They behave like the BFF where the SPA can tell (CSRF header, validation, 404s, error shape).
 */
import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import { API_PATHS, apiListQuerySchema, transactionIdParamsSchema, type ApiConfig } from '../../contract/api';
import { MOCK_DEMO_AGENTS, mockSession } from './agent-store';
import { apiErrorResponse } from './api-responses';
import { authHandlers, unauthenticated } from './auth-handlers';
import { executeHandlers } from './execute-handlers';
import { reconciliationHandlers } from './reconciliation-handlers';
import { findTransaction, listTransactions } from './transaction-store';
import { validationError } from './validation-error';
import { splitWindow, windowQuerySchema } from './window-query';

/** Any origin: jsdom's, Vite's dev server, or a preview server. (The `*` shows up as params[0].) */
const api = (pattern: string) => `*${pattern}`;

export const MOCK_CONFIG: ApiConfig = {
  environment: 'sandbox',
  upstreamHost: '127.0.0.1:4010',
  demoAgents: MOCK_DEMO_AGENTS,
};

export function configHandler(config: ApiConfig) {
  return http.get(api(API_PATHS.config), () => HttpResponse.json(config));
}

/** docs/security.md C1: like the BFF, refuse any /api call without exactly `X-CSRF: 1`. */
const requireCsrf: HttpResponseResolver = ({ request }) => {
  if (request.headers.get('x-csrf') !== '1') {
    return apiErrorResponse(403, 'BAD_REQUEST', 'The X-CSRF: 1 header is required on every /api request.');
  }
  return undefined;
};

/** docs/security.md A1: every /api route but the public config and sign-in needs a session. */
const PUBLIC_PATHS: readonly string[] = [API_PATHS.config, API_PATHS.signIn];
const requireSession: HttpResponseResolver = ({ request }) => {
  if (PUBLIC_PATHS.includes(new URL(request.url).pathname)) return undefined;
  return mockSession.current() ? undefined : unauthenticated();
};

const notFound = () =>
  apiErrorResponse(404, 'TRANSACTION_NOT_FOUND', 'No transaction with this id exists for this partner.');

export const handlers = [
  http.all(api('/api/*'), requireCsrf),
  http.all(api('/api/*'), requireSession),

  configHandler(MOCK_CONFIG),
  ...authHandlers,

  http.get(api(API_PATHS.transactions), ({ request }) => {
    const params = new URL(request.url).searchParams;
    const keys = [...params.keys()];
    if (new Set(keys).size !== keys.length) {
      return apiErrorResponse(400, 'BAD_REQUEST', 'Each query parameter may appear only once.');
    }
    const { window, rest } = splitWindow(params);
    const query = apiListQuerySchema.safeParse(rest);
    if (!query.success) return validationError(query.error);
    const inWindow = windowQuerySchema.safeParse(window);
    if (!inWindow.success) return validationError(inWindow.error);
    return HttpResponse.json(listTransactions({ ...query.data, ...inWindow.data }));
  }),

  // Before /api/transactions/:id, which would take "totals" and "export.csv" for ids.
  ...reconciliationHandlers,

  http.get(api('/api/transactions/:id'), ({ params }) => {
    const parsed = transactionIdParamsSchema.safeParse({ id: params.id });
    if (!parsed.success) return validationError(parsed.error);
    const tx = findTransaction(parsed.data.id);
    return tx ? HttpResponse.json(tx) : notFound();
  }),

  ...executeHandlers,

  http.all(api('/api/*'), () => apiErrorResponse(404, 'NOT_FOUND', 'There is no such /api route.')),
];
