/**
 * The query of the reconciliation routes as the BFF validates it: the list's filters plus the
 * date window (`from` inclusive, `to` exclusive, ISO instants with an offset or Z).
 */
import { z } from 'zod';
import type { Transaction } from '../../contract/capa';
import { listFilterFields } from '../../contract/query-fields';

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 instant with an offset or Z' });

const windowFields = { from: instant.optional(), to: instant.optional() };

const beforeEnd = (q: { from?: string | undefined; to?: string | undefined }) =>
  !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to);
const endMessage = { message: 'must be after from', path: ['to'] };

export const windowQuerySchema = z.strictObject(windowFields).refine(beforeEnd, endMessage);
export type WindowQuery = z.output<typeof windowQuerySchema>;

/** GET /api/transactions/totals and /export.csv: filters and window, no paging. */
export const filterQuerySchema = z
  .strictObject({ ...listFilterFields, ...windowFields })
  .refine(beforeEnd, endMessage);
export type FilterQuery = z.output<typeof filterQuerySchema>;

export function inWindow(tx: Transaction, window: WindowQuery): boolean {
  const at = Date.parse(tx.createdAt);
  return (!window.from || at >= Date.parse(window.from)) && (!window.to || at < Date.parse(window.to));
}

/** The query's parameters without the window's, for the list's own (strict) schema. */
export function splitWindow(params: URLSearchParams): {
  window: Record<string, string>;
  rest: Record<string, string>;
} {
  const window: Record<string, string> = {};
  const rest: Record<string, string> = {};
  for (const [key, value] of params) (key === 'from' || key === 'to' ? window : rest)[key] = value;
  return { window, rest };
}
