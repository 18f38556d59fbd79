import { z } from 'zod';
import {
  FIAT_CURRENCIES,
  LIST_LIMIT_DEFAULT,
  LIST_LIMIT_MAX,
  LIST_LIMIT_MIN,
  SORT_ORDERS,
  TRANSACTION_TYPES,
  type SortOrder,
} from './enums';
import { TRANSACTION_STATUSES, type TransactionStatus } from './statuses';

/** Query strings arrive as text: integers are digits only, so '', '1e2' and ' 3' are refused. */
export function queryInt(min: number, max: number) {
  return z
    .union([z.number(), z.string().regex(/^\d{1,9}$/, 'must be a whole number')])
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

/**
 * Every id Rampdesk reads (a transaction's, a user's, a partner's, an agent's): either case on input,
 * lower-case after parsing, the canonical form, so sandbox, BFF and SPA compare and key ids as they
 * come out of here and never lower-case one themselves.
 */
export const uuid = z
  .uuid({ message: 'must be a UUID (e.g. 8374f327-38bd-4b0b-b8a7-2524599eb903)' })
  .toLowerCase();

/** Either case on input (one public spec writes them lower-case); always upper-case after parsing. */
export const sortOrder = z
  .string()
  .transform((v) => v.toUpperCase())
  .pipe(z.enum(SORT_ORDERS, { message: 'must be ASC or DESC' }));

export const listFilterFields = {
  id: uuid.optional(),
  status: z.enum(TRANSACTION_STATUSES, { message: 'is not a known transaction status' }).optional(),
  type: z.enum(TRANSACTION_TYPES, { message: 'must be ON_RAMP, OFF_RAMP or CROSS_RAMP' }).optional(),
  fiatCurrency: z.enum(FIAT_CURRENCIES, { message: 'must be MXN, DOP, USD or EUR' }).optional(),
  userId: uuid.optional(),
  partnerId: uuid.optional(),
};

/**
 * Rampdesk's own status filter: one status or several, comma-separated (`CRYPTO_RECEIVED,PENDING`).
 * Capa's filter takes one value; the BFF merges several (docs/architecture.md, "Several statuses").
 * Out: the statuses in TRANSACTION_STATUSES' order, so one set has one form (cache keys, tie order).
 */
export const statusSet = z.string().transform((text, ctx) => {
  const names = text.split(',').map((name) => name.trim());
  const known = new Set<string>(TRANSACTION_STATUSES);
  const seen = new Set<string>();
  for (const name of names) {
    const problem = !name
      ? 'has an empty entry; separate statuses with single commas (e.g. PENDING,FAILED)'
      : !known.has(name)
        ? `names ${name.slice(0, 40)}, which is not a known transaction status (known: ${TRANSACTION_STATUSES.join(', ')})`
        : seen.has(name)
          ? `names ${name} more than once`
          : null;
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    seen.add(name);
  }
  return TRANSACTION_STATUSES.filter((status): status is TransactionStatus => seen.has(status));
});

/** The list's filters as Rampdesk's /api takes them: Capa's, with a set of statuses. */
export const apiFilterFields = { ...listFilterFields, status: statusSet.optional() };

export const pagingFields = {
  skip: queryInt(0, 1_000_000_000).optional(),
  limit: queryInt(LIST_LIMIT_MIN, LIST_LIMIT_MAX).optional(),
  sortBy: z.literal('createdAt', { message: 'only createdAt is supported' }).optional(),
  sortOrder: sortOrder.optional(),
};

/**
 * What a list gives for what its query leaves out (Capa's defaults, docs/capa-api.md): the first
 * page of LIST_LIMIT_DEFAULT, newest first. The BFF's list and audit log and the sandbox's list
 * all fill them in here.
 */
const LIST_DEFAULTS = { skip: 0, limit: LIST_LIMIT_DEFAULT, sortBy: 'createdAt', sortOrder: 'DESC' } as const;

export function withPageDefaults<Q extends { skip?: number; limit?: number }>(q: Q) {
  return { ...q, skip: q.skip ?? LIST_DEFAULTS.skip, limit: q.limit ?? LIST_DEFAULTS.limit };
}

export function withListDefaults<
  Q extends { skip?: number; limit?: number; sortBy?: 'createdAt'; sortOrder?: SortOrder },
>(q: Q) {
  return {
    ...withPageDefaults(q),
    sortBy: q.sortBy ?? LIST_DEFAULTS.sortBy,
    sortOrder: q.sortOrder ?? LIST_DEFAULTS.sortOrder,
  };
}
