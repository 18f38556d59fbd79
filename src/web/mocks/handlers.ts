/**
 * MSW handlers for the BFF's /api, written once from the contract for the component tests
 * (test-support/msw-server.ts). They answer as the BFF does where the SPA can tell (X-CSRF, sessions
 * and roles, query and body validation, 404s, the error shape), and the shared scenarios of
 * src/contract/api-scenarios.ts hold them to it: api-scenarios.test.ts here and
 * src/server/api-scenarios.test.ts against the real BFF run the same table.
 */
import { HttpResponse } from 'msw';
import { API_PATHS, apiListQuerySchema, transactionIdParamsSchema, type ApiConfig } from '../../contract/api';
import { capaListQuerySchema } from '../../contract/capa';
import { windowFields } from '../../contract/reconciliation-api';
import { MOCK_DEMO_AGENTS } from './agent-store';
import { apiErrorResponse } from './api-responses';
import { apiRoute, noRoute } from './api-route';
import { authHandlers } from './auth-handlers';
import { collaborationHandlers } from './collaboration-handlers';
import { collaborationStore } from './collaboration-store';
import { executeHandlers } from './execute-handlers';
import { queueHandlers } from './queue-handlers';
import { reconciliationHandlers } from './reconciliation-handlers';
import { stuckTransactions } from './stuck-list';
import { findTransaction, listTransactions } from './transaction-store';

export const MOCK_CONFIG: ApiConfig = {
  environment: 'sandbox',
  upstreamHost: '127.0.0.1:4010',
  demoAgents: MOCK_DEMO_AGENTS,
  pseudoLocale: false,
};

/** The BFF's configuration answer; the pseudo-locale is off unless a test turns it on. */
export function configHandler(config: Omit<ApiConfig, 'pseudoLocale'> & { pseudoLocale?: boolean }) {
  return apiRoute('GET', API_PATHS.config, { auth: 'public' }, () =>
    HttpResponse.json({ pseudoLocale: false, ...config } satisfies ApiConfig),
  );
}

export const handlers = [
  configHandler(MOCK_CONFIG),
  ...authHandlers,

  apiRoute(
    'GET',
    API_PATHS.transactions,
    {
      auth: 'viewer',
      query: [...Object.keys(capaListQuerySchema.shape), ...Object.keys(windowFields), 'stuck'],
      querystring: apiListQuerySchema,
    },
    ({ query }) => {
      const page = query.stuck ? stuckTransactions(query) : listTransactions(query);
      return HttpResponse.json({ ...page, annotations: collaborationStore.annotate(page.items) });
    },
  ),

  // Before /api/transactions/:id, which would take "totals" and "export.csv" for ids.
  ...reconciliationHandlers,

  apiRoute(
    'GET',
    '/api/transactions/:id',
    { auth: 'viewer', params: transactionIdParamsSchema },
    ({ params }) => {
      const tx = findTransaction(params.id.toLowerCase());
      if (tx) collaborationStore.seen(tx.id, tx.status);
      return tx
        ? HttpResponse.json(tx)
        : apiErrorResponse(
            404,
            'TRANSACTION_NOT_FOUND',
            'No transaction with this id exists for our partner account.',
          );
    },
  ),

  ...executeHandlers,
  ...collaborationHandlers,
  ...queueHandlers,

  noRoute,
];
