import type { SeedColumns } from './columns';
import type { OverlayEntry } from './overlay';

/** The list query's parameters, and what "matches" means for seeded rows and overlay entries. */
export interface StoreQuery {
  partner: number;
  /** Index of the value, or -1 for "any". */
  status: number;
  type: number;
  currency: number;
  /** User index, -1 for any, NO_SUCH_USER when the filter names a user nobody has. */
  user: number;
  skip: number;
  limit: number;
  desc: boolean;
}

export const NO_SUCH_USER = -2;

/** A seeded row (number) or an overlay entry. */
export type Ref = number | OverlayEntry;

export interface QueryResult {
  count: number;
  refs: Ref[];
}

/** Current status index of an overlay entry (executions move it along). */
export type StatusOf = (entry: OverlayEntry) => number;

export function entryMatches(e: OverlayEntry, q: StoreQuery, status: number): boolean {
  return (
    e.partner === q.partner &&
    (q.status < 0 || status === q.status) &&
    (q.type < 0 || e.type === q.type) &&
    (q.currency < 0 || e.currency === q.currency) &&
    (q.user < 0 || e.user === q.user)
  );
}

/** Does a seeded row, by its seeded values, match? (Dirty rows are checked by the caller.) */
export function rowMatches(c: SeedColumns, r: number, q: StoreQuery): boolean {
  return (
    c.partner[r] === q.partner &&
    (q.status < 0 || c.status[r] === q.status) &&
    (q.type < 0 || c.type[r] === q.type) &&
    (q.currency < 0 || c.currency[r] === q.currency) &&
    (q.user < 0 || c.user[r] === q.user)
  );
}
