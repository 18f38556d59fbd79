import { FIAT_CURRENCIES, TRANSACTION_TYPES } from '../../contract/enums';
import { TRANSACTION_STATUSES } from '../../contract/statuses';
import type { SeedColumns } from './columns';

export const N_STATUS = TRANSACTION_STATUSES.length;
export const N_TYPE = TRANSACTION_TYPES.length;
export const N_CURRENCY = FIAT_CURRENCIES.length;
export const N_PARTNER = 2;

/**
 * Posting lists in CSR form: for each key, the rows having it, ascending (= createdAt order).
 * One flat Int32Array per index instead of thousands of small arrays keeps startup and GC cheap.
 */
export class Postings {
  constructor(
    private readonly offsets: Uint32Array,
    private readonly rows: Int32Array,
  ) {}

  static build(size: number, keyCount: number, keyOf: (row: number) => number): Postings {
    const offsets = new Uint32Array(keyCount + 1);
    for (let i = 0; i < size; i++) offsets[keyOf(i) + 1]!++;
    for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!;
    const fill = offsets.slice(0, keyCount);
    const rows = new Int32Array(size);
    for (let i = 0; i < size; i++) rows[fill[keyOf(i)]!++] = i;
    return new Postings(offsets, rows);
  }

  /** A view, not a copy. */
  list(key: number): Int32Array {
    return this.rows.subarray(this.offsets[key], this.offsets[key + 1]);
  }
}

export interface SeedIndexes {
  byPartner: Postings;
  /** key = partner * N_STATUS + status */
  byStatus: Postings;
  /** key = partner * N_TYPE + type */
  byType: Postings;
  /** key = partner * N_CURRENCY + currency */
  byCurrency: Postings;
  byUser: Postings;
  /** Row counts per (partner, status, type, currency): exact counts for any combination of those. */
  cube: Uint32Array;
}

export function cubeKey(partner: number, status: number, type: number, currency: number): number {
  return ((partner * N_STATUS + status) * N_TYPE + type) * N_CURRENCY + currency;
}

export function buildIndexes(cols: SeedColumns, userCount: number): SeedIndexes {
  const { size, partner, status, type, currency, user } = cols;
  const cube = new Uint32Array(N_PARTNER * N_STATUS * N_TYPE * N_CURRENCY);
  for (let i = 0; i < size; i++) cube[cubeKey(partner[i]!, status[i]!, type[i]!, currency[i]!)]!++;
  return {
    byPartner: Postings.build(size, N_PARTNER, (i) => partner[i]!),
    byStatus: Postings.build(size, N_PARTNER * N_STATUS, (i) => partner[i]! * N_STATUS + status[i]!),
    byType: Postings.build(size, N_PARTNER * N_TYPE, (i) => partner[i]! * N_TYPE + type[i]!),
    byCurrency: Postings.build(size, N_PARTNER * N_CURRENCY, (i) => partner[i]! * N_CURRENCY + currency[i]!),
    byUser: Postings.build(size, userCount, (i) => user[i]!),
    cube,
  };
}

/** Sum of the cube over the cells matching the given values (-1 = any). */
export function cubeCount(
  cube: Uint32Array,
  partner: number,
  status: number,
  type: number,
  currency: number,
) {
  let total = 0;
  for (let s = 0; s < N_STATUS; s++) {
    if (status >= 0 && s !== status) continue;
    for (let t = 0; t < N_TYPE; t++) {
      if (type >= 0 && t !== type) continue;
      for (let c = 0; c < N_CURRENCY; c++) {
        if (currency >= 0 && c !== currency) continue;
        total += cube[cubeKey(partner, s, t, c)]!;
      }
    }
  }
  return total;
}
