/**
 * The table's view (filters, date window, sort, page, page size) as it lives in the URL query
 * string, e.g. `?status=PENDING,FAILED&type=OFF_RAMP&from=2026-11-01T06:00:00.000Z&page=3&size=50&sort=asc`.
 * The window's ends are instants (`from` inclusive, `to` exclusive), so a link means the same
 * rows to a colleague in another time zone. A link reproduces the view; anything
 * missing, malformed or unknown falls back to its default without an error, so an old or
 * hand-edited link still opens a working table.
 */
import { z } from 'zod';
import { FIAT_CURRENCIES, TRANSACTION_TYPES } from '../../../contract/enums';
import { uuid } from '../../../contract/query-fields';
import { TRANSACTION_STATUSES, type TransactionStatus } from '../../../contract/statuses';
import type { DateWindow } from '../../lib/date-window';
import type { TransactionFilterQuery, TransactionListQuery } from '../../lib/transaction-queries';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 20;

/** Filters in the order chips and the empty state name them; the keys are the URL's. */
export const FILTER_KEYS = ['id', 'status', 'type', 'currency', 'user', 'partner'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Enum values are matched case-insensitively: `?type=off_ramp` is what someone meant. */
const upperEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((v) => v.trim().toUpperCase())
    .pipe(z.enum(values))
    .optional()
    .catch(undefined);

/** The same UUID rule the BFF applies, so a URL never produces a request it would refuse. */
export const idFilterSchema = z.string().trim().pipe(uuid);
const idParam = idFilterSchema.optional().catch(undefined);

/** An instant with an offset or Z, written back in UTC so one window has one URL and one cache key. */
const instantParam = z.iso
  .datetime({ offset: true })
  .transform((v) => new Date(v).toISOString())
  .optional()
  .catch(undefined);

/** The window's ends; not in FILTER_KEYS: one chip says the whole window in words. */
export const WINDOW_KEYS = ['from', 'to'] as const;
export type WindowKey = (typeof WINDOW_KEYS)[number];

/**
 * One status or several, comma-separated (`?status=PENDING,FAILED`). Unknown names are dropped and
 * the rest written in TRANSACTION_STATUSES' order, so one set has one URL and one cache key.
 */
export function canonicalStatuses(text: string | undefined): string | undefined {
  const names = new Set((text ?? '').split(',').map((name) => name.trim().toUpperCase()));
  const kept = TRANSACTION_STATUSES.filter((status) => names.has(status));
  return kept.length ? kept.join(',') : undefined;
}

/** The statuses of a view's status filter, in TRANSACTION_STATUSES' order (none: any status). */
export function statusesOf(status: string | undefined): TransactionStatus[] {
  const names = new Set((status ?? '').split(','));
  return TRANSACTION_STATUSES.filter((s) => names.has(s));
}

const listViewSchema = z.object({
  id: idParam,
  status: z.string().optional().transform(canonicalStatuses).catch(undefined),
  type: upperEnum(TRANSACTION_TYPES),
  currency: upperEnum(FIAT_CURRENCIES),
  user: idParam,
  partner: idParam,
  from: instantParam,
  to: instantParam,
  /** Only the transactions stuck in the status filter's statuses, longest in status first. */
  stuck: z.literal('true').optional().catch(undefined),
  page: z
    .string()
    .regex(/^\d{1,7}$/)
    .transform(Number)
    .pipe(z.number().int().min(1))
    .catch(1),
  size: z
    .enum(PAGE_SIZES.map(String) as [string, ...string[]])
    .transform((v) => Number(v) as PageSize)
    .catch(DEFAULT_PAGE_SIZE),
  sort: z
    .string()
    .transform((v) => v.toLowerCase())
    .pipe(z.enum(['asc', 'desc']))
    .catch('desc' as const),
});

export type ListView = z.output<typeof listViewSchema>;
export type ListFilters = Pick<ListView, FilterKey | WindowKey | 'stuck'>;

export const DEFAULT_VIEW: ListView = listViewSchema.parse({});

const URL_KEYS = [...FILTER_KEYS, ...WINDOW_KEYS, 'stuck', 'page', 'size', 'sort'] as const;

/** Reads the view from a query string; never throws. A repeated parameter counts once (the first). */
export function parseListView(params: URLSearchParams): ListView {
  const input: Record<string, string> = {};
  for (const key of URL_KEYS) {
    const value = params.get(key);
    if (value !== null) input[key] = value;
  }
  const parsed = listViewSchema.parse(input);
  // Stuck in which statuses? Without a status filter the toggle means nothing (the BFF refuses it).
  const view = parsed.status ? parsed : { ...parsed, stuck: undefined };
  // A window that ends before it starts means nothing: keep the start, drop the end.
  return view.from && view.to && view.to <= view.from ? { ...view, to: undefined } : view;
}

/** The shortest query string for a view: defaults are left out so links stay readable. */
export function listViewToParams(view: ListView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of [...FILTER_KEYS, ...WINDOW_KEYS]) {
    const value = view[key];
    if (value) params.set(key, value);
  }
  if (view.stuck && view.status) params.set('stuck', view.stuck);
  if (view.page !== DEFAULT_VIEW.page) params.set('page', String(view.page));
  if (view.size !== DEFAULT_VIEW.size) params.set('size', String(view.size));
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  return params;
}

export function activeFilters(view: ListView): [FilterKey, string][] {
  return FILTER_KEYS.flatMap((key) => {
    const value = view[key];
    return value ? [[key, value] as [FilterKey, string]] : [];
  });
}

export function windowOf(view: Pick<ListView, WindowKey>): DateWindow {
  return { from: view.from, to: view.to };
}

/** Any filter or a window: the rows on screen are not all there are. */
export function isFiltered(view: ListView): boolean {
  return activeFilters(view).length > 0 || Boolean(view.from || view.to || view.stuck);
}

/** The view's rows, whatever the page: what totals and the export are asked for. */
export function filterQueryFor(view: ListView): TransactionFilterQuery {
  return {
    id: view.id,
    status: view.status,
    type: view.type,
    fiatCurrency: view.currency,
    userId: view.user,
    partnerId: view.partner,
    from: view.from,
    to: view.to,
  };
}

/** What the BFF is asked for this view (GET /api/transactions, apiListQuerySchema). */
export function listQueryFor(view: ListView): TransactionListQuery {
  return {
    ...filterQueryFor(view),
    // Stuck only is a page of its own (longest in status first); totals and exports stay the view's.
    stuck: view.stuck && view.status ? 'true' : undefined,
    skip: (view.page - 1) * view.size,
    limit: view.size,
    sortOrder: view.sort === 'asc' ? 'ASC' : 'DESC',
  };
}
