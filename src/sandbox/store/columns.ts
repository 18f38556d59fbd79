import { FIAT_CURRENCIES, TRANSACTION_TYPES } from '../../contract/enums';
import { hash, Rng } from '../seed/random';
import {
  CURRENCY_INDEX,
  HOME_CURRENCY_WEIGHTS,
  PRIMARY_PARTNER_SHARE,
  SEED_SPAN_MS,
  STATUS_INDEX,
  STATUS_TABLES,
  TYPE_WEIGHTS,
  activeProbability,
  coverageOf,
  userCountFor,
} from '../seed/seed-plan';

/**
 * The indexed columns of the seeded transactions, one entry per row, rows in createdAt order
 * (row number = position in ascending sort). Typed arrays keep a million rows in ~16 MB and
 * make filtering a tight loop; the rest of a transaction is rebuilt from (seed, row) on demand.
 */
export interface SeedColumns {
  size: number;
  createdAt: Float64Array;
  partner: Uint8Array;
  status: Uint8Array;
  type: Uint8Array;
  currency: Uint8Array;
  user: Uint32Array;
}

export interface SeedUsers {
  count: number;
  partner: Uint8Array;
  /** Index into FIAT_CURRENCIES: where the user lives, hence the currency they mostly use. */
  home: Uint8Array;
}

const SALT_USERS = 0x55;
const SALT_COLUMNS = 0x43;

export function seedUsers(seed: number, size: number): SeedUsers {
  const count = userCountFor(size);
  const partner = new Uint8Array(count);
  const home = new Uint8Array(count);
  for (let u = 0; u < count; u++) {
    const rng = new Rng(hash(seed, SALT_USERS, u));
    // User 0 always belongs to the second partner, so it is never empty.
    partner[u] = u === 0 || !rng.chance(PRIMARY_PARTNER_SHARE) ? 1 : 0;
    home[u] = CURRENCY_INDEX.get(rng.weighted(HOME_CURRENCY_WEIGHTS))!;
  }
  return { count, partner, home };
}

/** Weighted tables pre-resolved to indexes, so the million-row loop does no string lookups. */
const TYPE_TABLE = TYPE_WEIGHTS.map(([t, w]) => [TRANSACTION_TYPES.indexOf(t), w] as const);
const STATUS_BY_TYPE = TRANSACTION_TYPES.map((t) => ({
  active: STATUS_TABLES[t].active.map(([s, w]) => [STATUS_INDEX.get(s)!, w] as const),
  final: STATUS_TABLES[t].final.map(([s, w]) => [STATUS_INDEX.get(s)!, w] as const),
}));

export function seedColumns(seed: number, size: number, anchor: number, users: SeedUsers): SeedColumns {
  const cols: SeedColumns = {
    size,
    createdAt: new Float64Array(size),
    partner: new Uint8Array(size),
    status: new Uint8Array(size),
    type: new Uint8Array(size),
    currency: new Uint8Array(size),
    user: new Uint32Array(size),
  };
  const start = anchor - SEED_SPAN_MS;
  for (let i = 0; i < size; i++) {
    const r = new Rng(hash(seed, SALT_COLUMNS, i));
    // Monotone in i, so rows are born sorted; the power curve makes recent months busier.
    const at = Math.floor(start + SEED_SPAN_MS * Math.pow((i + r.float()) / size, 0.75));
    // Skewed user choice: a few very active users, a long tail of occasional ones.
    const user = Math.floor(users.count * Math.pow(r.float(), 1.6));
    const cover = coverageOf(i, size);
    const type = cover ? TRANSACTION_TYPES.indexOf(cover.type) : r.weighted(TYPE_TABLE);
    let status: number;
    if (cover) status = STATUS_INDEX.get(cover.status)!;
    else {
      const tables = STATUS_BY_TYPE[type]!;
      status = r.weighted(r.chance(activeProbability(anchor - at)) ? tables.active : tables.final);
    }
    const currency = cover
      ? FIAT_CURRENCIES.indexOf(cover.currency)
      : r.chance(0.88)
        ? users.home[user]!
        : r.int(FIAT_CURRENCIES.length);
    cols.createdAt[i] = at;
    cols.user[i] = user;
    cols.partner[i] = users.partner[user]!;
    cols.type[i] = type;
    cols.status[i] = status;
    cols.currency[i] = currency;
  }
  return cols;
}
