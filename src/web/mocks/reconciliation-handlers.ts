/**
 * MSW handlers for reconciliation (issue 13), behaving like the BFF where the SPA can tell:
 * totals exact and bounded (422 VIEW_TOO_LARGE past TOTALS_MAX_ROWS), the CSV streamed with
 * `x-total-count` and a file name saying what it holds, exports for operators and admins only and
 * each one audited, the exports' audit newest first (admins everyone's, operators their own).
 */
import { http, HttpResponse } from 'msw';
import { API_PATHS } from '../../contract/api';
import type { Amount } from '../../contract/capa';
import { TOTALS_MAX_ROWS, type ReconciliationTotals } from '../../contract/reconciliation-api';
import { queryInt } from '../../contract/query-fields';
import { formatCount } from '../lib/format';
import { apiErrorResponse } from './api-responses';
import { requireRole } from './auth-handlers';
import { csvExportResponse, csvLines } from './csv-export';
import { sumDecimals } from './decimal-sum';
import { exportAuditStore } from './export-audit-store';
import { matchingTransactions } from './transaction-store';
import { validationError } from './validation-error';
import { filterQuerySchema, type FilterQuery } from './window-query';

const api = (pattern: string) => `*${pattern}`;

function parseFilters(request: Request) {
  const params = new URL(request.url).searchParams;
  const keys = [...params.keys()];
  if (new Set(keys).size !== keys.length) {
    return { refused: apiErrorResponse(400, 'BAD_REQUEST', 'Each query parameter may appear only once.') };
  }
  const query = filterQuerySchema.safeParse(Object.fromEntries(params));
  return query.success ? { query: query.data } : { refused: validationError(query.error) };
}

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
  const words = [q.status, q.type, q.fiatCurrency]
    .filter(Boolean)
    .map((w) => w!.toLowerCase().replaceAll('_', '-'));
  const window = q.from || q.to ? [`${q.from?.slice(0, 10) ?? 'start'}_${q.to?.slice(0, 10) ?? 'now'}`] : [];
  return `${['rampdesk-sandbox', ...words, ...window].join('-')}.csv`;
}

export const reconciliationHandlers = [
  http.get(api(API_PATHS.transactionTotals), ({ request }) => {
    const parsed = parseFilters(request);
    if ('refused' in parsed) return parsed.refused;
    const items = matchingTransactions(parsed.query);
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
  }),

  http.get(api(API_PATHS.transactionExport), ({ request }) => {
    const access = requireRole('operator');
    if ('refused' in access) return access.refused;
    const parsed = parseFilters(request);
    if ('refused' in parsed) return parsed.refused;
    const { from = null, to = null, ...filters } = parsed.query;
    const items = matchingTransactions(parsed.query).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const entry = exportAuditStore.record({ agentEmail: access.agent.email, filters, from, to });
    return csvExportResponse(csvLines(items), {
      filename: exportFilename(parsed.query),
      onEnd: (outcome, rows) => exportAuditStore.finish(entry.id, outcome, rows),
    });
  }),

  http.get(api(API_PATHS.exportAudit), ({ request }) => {
    const access = requireRole('operator');
    if ('refused' in access) return access.refused;
    const params = new URL(request.url).searchParams;
    const skip = queryInt(0, 1_000_000_000)
      .optional()
      .safeParse(params.get('skip') ?? undefined);
    const limit = queryInt(1, 100)
      .optional()
      .safeParse(params.get('limit') ?? undefined);
    if (!skip.success) return validationError(skip.error);
    if (!limit.success) return validationError(limit.error);
    const onlyEmail = access.agent.role === 'admin' ? null : access.agent.email;
    return HttpResponse.json(exportAuditStore.list(skip.data ?? 0, limit.data ?? 20, onlyEmail));
  }),
];
