import { z } from 'zod';
import { transactionSchema, type Transaction } from '../../contract/capa';
import { CHAINS, CHAIN_SYMBOLS, isChainSymbol, type ChainSymbol } from '../../contract/chains';
import { FIAT_CURRENCIES, TRANSACTION_TYPES } from '../../contract/enums';
import { uuid } from '../../contract/query-fields';
import { TRANSACTION_STATUSES } from '../../contract/statuses';
import { describeIssues } from '../http/http-response';
import { hash, Rng } from '../seed/random';
import { buildTransaction } from '../seed/row-builder';
import { CURRENCY_INDEX, STATUS_INDEX, TYPE_INDEX } from '../seed/seed-plan';
import type { SandboxStore } from '../store/store';

/**
 * POST /__sandbox/transactions: the control fields are checked strictly, any other field is
 * taken as an override of the generated transaction (e.g. cryptoAmount "10.02"), and the result
 * must still parse as a Capa transaction. A transaction starts PENDING unless told otherwise, as
 * the list page says of creation.
 */
const createSchema = z.looseObject({
  partner: z.union([z.literal(0), z.literal(1)]).default(0),
  id: uuid.optional(),
  userId: uuid.optional(),
  status: z.enum(TRANSACTION_STATUSES).optional(),
  type: z.enum(TRANSACTION_TYPES).optional(),
  fiatCurrency: z.enum(FIAT_CURRENCIES).optional(),
  blockchainSymbol: z.string().refine(isChainSymbol, 'is not a known chain').optional(),
  tokenSymbol: z.string().min(1).optional(),
  createdAt: z.iso.datetime({ offset: true }).optional(),
});

const SALT_CREATED_ROW = 0x6e6577;

export type CreateResult = { ok: true; tx: Transaction } | { ok: false; message: string };

function chainAndToken(chain?: string, token?: string): { chain?: ChainSymbol; token?: string } | string {
  if (chain !== undefined && !isChainSymbol(chain)) return `blockchainSymbol ${chain} is not a known chain`;
  if (token === undefined) return { chain };
  const chains = chain
    ? [chain]
    : CHAIN_SYMBOLS.filter((c) => (CHAINS[c].tokens as readonly string[]).includes(token));
  const fit = chains.find((c) => (CHAINS[c].tokens as readonly string[]).includes(token));
  return fit ? { chain: fit, token } : `tokenSymbol ${token} is not on ${chain ?? 'any known chain'}`;
}

/** A seeded user of the partner, picked deterministically from the creation number. */
function defaultUser(store: SandboxStore, partner: number, n: number): number {
  const { users } = store.db;
  const start = hash(store.db.seed, SALT_CREATED_ROW, n) % users.count;
  for (let i = 0; i < users.count; i++) {
    const u = (start + i) % users.count;
    if (users.partner[u] === partner) return u;
  }
  return start;
}

export function createTransaction(store: SandboxStore, input: unknown, now: number): CreateResult {
  const parsed = createSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: describeIssues(parsed.error.issues) };
  const {
    partner,
    id,
    userId,
    status,
    type,
    fiatCurrency,
    blockchainSymbol,
    tokenSymbol,
    createdAt,
    ...rest
  } = parsed.data;
  delete rest.executed;
  delete rest.partnerId;
  const { overlay, db } = store;
  const n = overlay.createdCount;
  const txId = id ?? db.ids.createdId(n);
  if (store.find(txId)) return { ok: false, message: `id: a transaction ${txId} already exists` };
  const pair = chainAndToken(blockchainSymbol, tokenSymbol);
  if (typeof pair === 'string') return { ok: false, message: pair };
  const known = userId === undefined ? defaultUser(store, partner, n) : store.userIndex(userId);
  // A user never seen before gets the next index once the transaction is accepted.
  const user = known >= 0 ? known : db.users.count + overlay.extraUserIds.length;
  const txType = type ?? 'OFF_RAMP';
  const at = createdAt === undefined ? now : Date.parse(createdAt);
  const world = {
    ...store.world,
    userId: (u: number) => (u === user && userId ? userId : store.world.userId(u)),
  };
  const built = buildTransaction(
    world,
    {
      id: txId,
      user,
      createdAt: at,
      // The list page: "Default is PENDING on creation" (docs/capa-api.md).
      status: status ?? 'PENDING',
      type: txType,
      currency: fiatCurrency ?? (user < db.users.count ? FIAT_CURRENCIES[db.users.home[user]!]! : 'MXN'),
      chain: pair.chain,
      token: pair.token,
      allowMagic: false,
    },
    new Rng(hash(db.seed, SALT_CREATED_ROW, n, 1)),
  );
  const merged = transactionSchema.safeParse({ ...built, ...rest });
  if (!merged.success) return { ok: false, message: describeIssues(merged.error.issues) };
  const tx = merged.data;
  if (known < 0 && userId) store.addUser(userId);
  overlay.createdCount++;
  overlay.insert({
    id: txId,
    createdAt: at,
    seq: db.size + n,
    row: -1,
    partner,
    status: STATUS_INDEX.get(tx.status)!,
    type: TYPE_INDEX.get(tx.type)!,
    currency: CURRENCY_INDEX.get(tx.fiatCurrency!)!,
    user,
    tx,
  });
  return { ok: true, tx };
}
