import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../contract/capa';
import {
  FIAT_CURRENCIES,
  TRANSACTION_TYPES,
  type FiatCurrency,
  type TransactionType,
} from '../../contract/enums';
import { canExecute } from '../../contract/execute';
import { TRANSACTION_STATUSES, type TransactionStatus } from '../../contract/statuses';
import { createTransaction } from '../control/control-create';
import { DEFAULT_ANCHOR } from '../seed/seed-plan';
import { applyExecution } from './lifecycle';
import { NO_SUCH_USER, type Ref, type StoreQuery } from './query-match';
import { SandboxStore } from './store';

/**
 * The indexed query (posting lists, rank-select, count cube, overlay merge) must agree with the
 * obvious reference: materialise everything, filter, sort, slice. Creations (including ones
 * tying with seeded timestamps) and executions are interleaved with the queries.
 */
const SIZE = 150;
const STEP = 1000;
const NEW_USER = '0f0f0f0f-1111-4222-8333-444444444444';

let seeded: Transaction[] = [];

/** Current view of every transaction, seeded ones built once (only executions change them). */
function everything(store: SandboxStore, now: number): { ref: Ref; tx: Transaction }[] {
  if (seeded.length === 0) seeded = Array.from({ length: SIZE }, (_, r) => store.db.buildRow(r, store.world));
  const refs: Ref[] = [...Array.from({ length: SIZE }, (_, r) => r), ...store.overlay.created.values()];
  return refs.map((ref) => {
    const stored = typeof ref === 'number' ? seeded[ref]! : ref.tx!;
    const exec = store.execution(ref);
    return { ref, tx: exec ? applyExecution(stored, exec, now, STEP) : stored };
  });
}

function reference(store: SandboxStore, q: StoreQuery, userId: string | undefined, now: number) {
  const seq = (ref: Ref) => (typeof ref === 'number' ? ref : ref.seq);
  const rows = everything(store, now)
    .filter(
      ({ ref, tx }) =>
        store.partnerOf(ref) === q.partner &&
        (q.status < 0 || tx.status === TRANSACTION_STATUSES[q.status]) &&
        (q.type < 0 || tx.type === TRANSACTION_TYPES[q.type]) &&
        (q.currency < 0 || tx.fiatCurrency === FIAT_CURRENCIES[q.currency]) &&
        (userId === undefined || tx.userId === userId),
    )
    .sort((a, b) => Date.parse(a.tx.createdAt) - Date.parse(b.tx.createdAt) || seq(a.ref) - seq(b.ref));
  if (q.desc) rows.reverse();
  return { count: rows.length, ids: rows.slice(q.skip, q.skip + q.limit).map((r) => r.tx.id) };
}

const operation = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    partner: fc.constantFrom(0, 1),
    type: fc.constantFrom(...TRANSACTION_TYPES),
    status: fc.constantFrom('PENDING', 'CRYPTO_RECEIVED', 'COMPLETED', 'IN_PROGRESS'),
    currency: fc.constantFrom(...FIAT_CURRENCIES),
    tieWithRow: fc.option(fc.nat(SIZE - 1)),
    offsetDays: fc.integer({ min: -200, max: 3 }),
    newUser: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('execute' as const),
    pick: fc.nat(),
    times: fc.integer({ min: 1, max: 4 }),
    outcome: fc.constantFrom('complete', 'cancel', 'cryptoNotReceived'),
  }),
  fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 3 * STEP }) }),
);

/**
 * Queries are modelled on an existing transaction (preferring changed ones), each of its values
 * used as a filter or not, so filters hit the overlay often instead of matching nothing.
 */
const query = fc.record({
  template: fc.nat(),
  preferChanged: fc.boolean(),
  otherPartner: fc.boolean(),
  useStatus: fc.boolean(),
  useType: fc.boolean(),
  useCurrency: fc.boolean(),
  useUser: fc.integer({ min: 0, max: 3 }),
  skip: fc.oneof(fc.nat(6), fc.nat(SIZE)),
  /** Page around the template's own position, where the overlay merge has to be right. */
  aroundTemplate: fc.option(fc.integer({ min: -3, max: 6 })),
  limit: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 100 })),
  desc: fc.boolean(),
});

type QuerySpec = typeof query extends fc.Arbitrary<infer T> ? T : never;

function toQuery(store: SandboxStore, spec: QuerySpec, now: number): { q: StoreQuery; userId?: string } {
  const all = everything(store, now);
  const changed = all.filter(({ ref }) => typeof ref !== 'number' || store.execution(ref));
  const pool = spec.preferChanged && changed.length > 0 ? changed : all;
  const { ref, tx } = pool[spec.template % pool.length]!;
  const userId = spec.useUser === 0 ? tx.userId : spec.useUser === 1 ? NEW_USER : undefined;
  const index = userId === undefined ? -1 : store.userIndex(userId);
  const q: StoreQuery = {
    partner: spec.otherPartner ? 1 - store.partnerOf(ref) : store.partnerOf(ref),
    status: spec.useStatus ? TRANSACTION_STATUSES.indexOf(tx.status as TransactionStatus) : -1,
    type: spec.useType ? TRANSACTION_TYPES.indexOf(tx.type as TransactionType) : -1,
    currency: spec.useCurrency ? FIAT_CURRENCIES.indexOf(tx.fiatCurrency as FiatCurrency) : -1,
    user: userId === undefined ? -1 : index < 0 ? NO_SUCH_USER : index,
    skip: spec.skip,
    limit: spec.limit,
    desc: spec.desc,
  };
  if (spec.aroundTemplate !== null) {
    const at = reference(store, { ...q, skip: 0, limit: Infinity }, userId, now).ids.indexOf(tx.id);
    q.skip = Math.max(0, at - spec.aroundTemplate);
  }
  return { q, userId };
}

describe('indexed query vs brute force', () => {
  const store = new SandboxStore({ seed: 7, size: SIZE, anchor: DEFAULT_ANCHOR, lifecycleStepMs: STEP });

  it('agrees on count and page for any filters, paging and history', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            operation,
            query.map((q) => ({ kind: 'query' as const, q })),
          ),
          { maxLength: 30 },
        ),
        (steps) => {
          store.reset();
          let now = DEFAULT_ANCHOR;
          for (const step of steps) {
            if (step.kind === 'tick') now += step.ms;
            else if (step.kind === 'create') {
              const at =
                step.tieWithRow !== null
                  ? store.db.cols.createdAt[step.tieWithRow]!
                  : now + step.offsetDays * 86_400_000;
              const made = createTransaction(
                store,
                {
                  partner: step.partner,
                  type: step.type,
                  status: step.type === 'CROSS_RAMP' ? 'PENDING_FUNDS' : step.status,
                  fiatCurrency: step.currency,
                  createdAt: new Date(at).toISOString(),
                  ...(step.newUser ? { userId: NEW_USER } : {}),
                },
                now,
              );
              expect(made.ok).toBe(true);
            } else if (step.kind === 'execute') {
              for (let i = 0; i < step.times; i++) {
                const executable = everything(store, now).filter(
                  ({ ref, tx }) => !store.execution(ref) && canExecute(tx),
                );
                const ref = executable[(step.pick + i * 7) % executable.length]?.ref;
                if (ref !== undefined) store.execute(ref, null, step.outcome, now);
              }
            } else {
              const { q, userId } = toQuery(store, step.q, now);
              const got = store.list(q, undefined, now);
              expect({ count: got.count, ids: got.data.map((t) => t.id) }).toEqual(
                reference(store, q, userId, now),
              );
            }
          }
        },
      ),
      { numRuns: 150, seed: 20261120 },
    );
  });
});
