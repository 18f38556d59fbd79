/**
 * MSW handlers for reconciliation (issue 13), behaving like the BFF where the SPA can tell:
 * totals exact and bounded (422 VIEW_TOO_LARGE past TOTALS_MAX_ROWS), the CSV streamed with
 * `x-total-count` and a file name saying what it holds, exports for operators and admins only and
 * each one audited, the exports' audit newest first (admins everyone's, operators their own).
 */
import { HttpResponse } from 'msw';
import { API_PATHS } from '../../contract/api';
import type { Amount } from '../../contract/capa';
import {
  exportAuditQuerySchema,
  TOTALS_MAX_ROWS,
  viewQuerySchema,
  type ReconciliationTotals,
} from '../../contract/reconciliation-api';
import { formatCount } from '../lib/format';
import { apiErrorResponse } from './api-responses';
import { apiRoute } from './api-route';
import { csvExportResponse, csvLines } from './csv-export';
import { sumDecimals } from './decimal-sum';
import { exportAuditStore } from './export-audit-store';
import { matchingTransactions } from './transaction-store';
import type { FilterQuery } from './window-query';

function sumsBy(pairs: [string | null | undefined, Amount | null | undefined][]): Record<string, string> {
  const groups = new Map<string, Amount[]>();
  for (const [key, amount] of pairs) {
    // Counted but adding nothing: a transaction without an amount or a currency.
    if (!key || amount === null || amount === undefined || amount === '') continue;
    groups.set(key, [...(groups.get(key) ?? []), amount]);
  }
  return Object.fromEntries([...groups].map(([key, amounts]) => [key, sumDecimals(amounts)]));
}

/** "rampdesk-sandbox-completed-off-ramp-2026-11-01_2026-12-01.csv" */
function exportFilename(q: FilterQuery): string {
  const slug = (w: string) => w.toLowerCase().replaceAll('_', '-');
  const words = [
    q.status?.map(slug).join('-or-'),
    q.type && slug(q.type),
    q.fiatCurrency && slug(q.fiatCurrency),
  ].filter((w): w is string => Boolean(w));
  const window = q.from || q.to ? [`${q.from?.slice(0, 10) ?? 'start'}_${q.to?.slice(0, 10) ?? 'now'}`] : [];
  return `${['rampdesk-sandbox', ...words, ...window].join('-')}.csv`;
}

const VIEW_PARAMETERS = Object.keys(viewQuerySchema.shape);

export const reconciliationHandlers = [
  apiRoute(
    'GET',
    API_PATHS.transactionTotals,
    { auth: 'viewer', query: VIEW_PARAMETERS, querystring: viewQuerySchema },
    ({ query }) => {
      const items = matchingTransactions(query);
      if (items.length > TOTALS_MAX_ROWS) {
        return apiErrorResponse(
          422,
          'VIEW_TOO_LARGE',
          `This view has ${formatCount(items.length)} transactions; totals are computed for up to ${formatCount(TOTALS_MAX_ROWS)}. Narrow the filters or the date window.`,
        );
      }
      const totals: ReconciliationTotals = {
        count: items.length,
        fiat: sumsBy(items.map((tx) => [tx.fiatCurrency, tx.fiatAmount])),
        crypto: sumsBy(items.map((tx) => [tx.tokenSymbol, tx.cryptoAmount])),
      };
      return HttpResponse.json(totals);
    },
  ),

  apiRoute(
    'GET',
    API_PATHS.transactionExport,
    { auth: 'operator', query: VIEW_PARAMETERS, querystring: viewQuerySchema },
    ({ query, agent }) => {
      const { from = null, to = null, status, ...rest } = query;
      const filters = { ...rest, ...(status ? { status: status.join(',') } : {}) };
      const items = matchingTransactions(query).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      const entry = exportAuditStore.record({ agentEmail: agent!.email, filters, from, to });
      return csvExportResponse(csvLines(items), {
        filename: exportFilename(query),
        onEnd: (outcome, rows) => exportAuditStore.finish(entry.id, outcome, rows),
      });
    },
  ),

  apiRoute(
    'GET',
    API_PATHS.exportAudit,
    { auth: 'operator', query: ['skip', 'limit'], querystring: exportAuditQuerySchema },
    ({ query, agent }) => {
      const onlyEmail = agent!.role === 'admin' ? null : agent!.email;
      return HttpResponse.json(exportAuditStore.list(query.skip ?? 0, query.limit ?? 20, onlyEmail));
    },
  ),
];
