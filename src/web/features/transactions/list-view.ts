/**
 * The table's view (filters, date window, sort, page, page size) as it lives in the URL query
 * string, e.g. `?status=PENDING,FAILED&type=OFF_RAMP&from=2026-11-01T06:00:00.000Z&page=3&size=50&sort=asc`.
 * The window's ends are instants (`from` inclusive, `to` exclusive), so a link means the same
 * rows to a colleague in another time zone. A link reproduces the view; anything
 * missing, malformed or unknown falls back to its default without an error, so an old or
 * hand-edited link still opens a working table.
 */
import {
  FIAT_CURRENCIES,
  TRANSACTION_TYPES,
  type FiatCurrency,
  type TransactionType,
} from '../../../contract/enums';
import { TRANSACTION_STATUSES, type TransactionStatus } from '../../../contract/status-codes';
import type { DateWindow } from '../../lib/date-window';
import type { TransactionFilterQuery, TransactionListQuery } from '../../lib/transaction-queries';

/*
 * Read without zod: the transactions route's loader reads the view in the entry, to ask for the
 * first rows before any screen code or schema has loaded (docs/performance.md, issue 16). The
 * rules are the BFF's (list-view.test.ts checks them against the contract's schemas).
 */

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 20;

/** Filters in the order chips and the empty state name them; the keys are the URL's. */
export const FILTER_KEYS = ['id', 'status', 'type', 'currency', 'user', 'partner'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

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

export interface ListView {
  id?: string | undefined;
  /** One status or several, canonical (canonicalStatuses). */
  status?: string | undefined;
  type?: TransactionType | undefined;
  currency?: FiatCurrency | undefined;
  user?: string | undefined;
  partner?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Only the transactions stuck in the status filter's statuses, longest in status first. */
  stuck?: 'true' | undefined;
  page: number;
  size: PageSize;
  sort: 'asc' | 'desc';
}
export type ListFilters = Pick<ListView, FilterKey | WindowKey | 'stuck'>;

export const DEFAULT_VIEW: ListView = { page: 1, size: DEFAULT_PAGE_SIZE, sort: 'desc' };

/** Enum values are matched case-insensitively: `?type=off_ramp` is what someone meant. */
function upperEnum<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  const upper = value?.trim().toUpperCase();
  return values.find((v) => v === upper);
}

/** The contract's UUID: zod's pattern (RFC 9562, the nil id, the max id in lower case), verbatim. */
const UUID =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;

/** An id as the BFF accepts it (trimmed, the contract's UUID rule), so a URL never makes a request it refuses. */
export function parseId(value: string | undefined): string | undefined {
  const id = value?.trim();
  return id && UUID.test(id) ? id.toLowerCase() : undefined;
}

/** RFC 3339 with seconds and Z or an offset, as the contract's `z.iso.datetime({ offset: true })`. */
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** An instant with an offset or Z, written back in UTC so one window has one URL and one cache key. */
function parseInstant(value: string | undefined): string | undefined {
  const match = value === undefined ? null : INSTANT.exec(value);
  if (!match) return undefined;
  // A day the month does not have (02-30) is refused, not rolled over into the next month.
  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return new Date(value!).toISOString();
}

function parsePage(value: string | undefined): number {
  return value !== undefined && /^\d{1,7}$/.test(value) && Number(value) >= 1 ? Number(value) : 1;
}

function parseSize(value: string | undefined): PageSize {
  return PAGE_SIZES.find((size) => String(size) === value) ?? DEFAULT_PAGE_SIZE;
}

const URL_KEYS = [...FILTER_KEYS, ...WINDOW_KEYS, 'stuck', 'page', 'size', 'sort'] as const;

/** Reads the view from a query string; never throws. A repeated parameter counts once (the first). */
export function parseListView(params: URLSearchParams): ListView {
  const input: Record<string, string> = {};
  for (const key of URL_KEYS) {
    const value = params.get(key);
    if (value !== null) input[key] = value;
  }
  const sort = input.sort?.toLowerCase();
  const status = canonicalStatuses(input.status);
  const view: ListView = {
    id: parseId(input.id),
    status,
    type: upperEnum(TRANSACTION_TYPES, input.type),
    currency: upperEnum(FIAT_CURRENCIES, input.currency),
    user: parseId(input.user),
    partner: parseId(input.partner),
    from: parseInstant(input.from),
    to: parseInstant(input.to),
    // Stuck in which statuses? Without a status filter the toggle means nothing (the BFF refuses it).
    stuck: status && input.stuck === 'true' ? 'true' : undefined,
    page: parsePage(input.page),
    size: parseSize(input.size),
    sort: sort === 'asc' ? 'asc' : 'desc',
  };
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
