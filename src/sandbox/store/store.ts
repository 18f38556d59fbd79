import type { Transaction } from '../../contract/capa';
import { STATUS_INDEX } from '../seed/seed-plan';
import type { RowWorld } from '../seed/user-assets';
import { applyExecution, lifecycleState, type Execution } from './lifecycle';
import { Overlay, type OverlayEntry } from './overlay';
import { runQuery } from './query';
import { entryMatches, NO_SUCH_USER, type Ref, type StoreQuery } from './query-match';
import { SeedDb } from './seed-db';

export interface StoreOptions {
  seed: number;
  size: number;
  anchor: number;
  lifecycleStepMs: number;
}

/** Seeded data plus everything that changed since the last reset. */
export class SandboxStore {
  readonly db: SeedDb;
  readonly overlay: Overlay;
  readonly world: RowWorld;
  readonly stepMs: number;

  constructor(options: StoreOptions) {
    this.db = new SeedDb(options.seed, options.size, options.anchor);
    this.overlay = new Overlay(options.size);
    this.stepMs = options.lifecycleStepMs;
    const { db, overlay } = this;
    this.world = {
      seed: db.seed,
      userCount: db.users.count,
      userId: (u) => (u < db.users.count ? db.seededUserId(u) : overlay.extraUserIds[u - db.users.count]!),
    };
  }

  get partners() {
    return this.db.partners;
  }

  reset(): void {
    this.overlay.reset();
  }

  /** Ids here are canonical (lower-case): the routes parse them with the contract's uuid. */
  find(id: string): Ref | null {
    const created = this.overlay.created.get(id);
    if (created) return created;
    const row = this.db.rowOf(id);
    return row >= 0 ? row : null;
  }

  partnerOf(ref: Ref): number {
    return typeof ref === 'number' ? this.db.cols.partner[ref]! : ref.partner;
  }

  idOf(ref: Ref): string {
    return typeof ref === 'number' ? this.db.ids.txId(ref) : ref.id;
  }

  execution(ref: Ref): Execution | undefined {
    return this.overlay.executions.get(this.idOf(ref));
  }

  /** The transaction as a client would see it at `now`. */
  transaction(ref: Ref, now: number): Transaction {
    const row = typeof ref === 'number' ? ref : ref.row;
    const stored = row >= 0 ? this.db.buildRow(row, this.world) : (ref as OverlayEntry).tx!;
    const exec = this.execution(ref);
    return exec ? applyExecution(stored, exec, now, this.stepMs) : stored;
  }

  private statusNow(entry: OverlayEntry, now: number): number {
    const exec = this.overlay.executions.get(entry.id);
    return exec ? STATUS_INDEX.get(lifecycleState(exec, now, this.stepMs).status)! : entry.status;
  }

  list(q: StoreQuery, id: string | undefined, now: number): { count: number; data: Transaction[] } {
    const statusOf = (e: OverlayEntry) => this.statusNow(e, now);
    if (q.user === NO_SUCH_USER) return { count: 0, data: [] };
    if (id !== undefined) {
      const ref = this.find(id);
      const hit = ref !== null && entryMatches(this.entryOf(ref), q, this.statusNow(this.entryOf(ref), now));
      return { count: hit ? 1 : 0, data: hit && q.skip === 0 ? [this.transaction(ref, now)] : [] };
    }
    const { count, refs } = runQuery(this.db, this.overlay, q, statusOf);
    return { count, data: refs.map((ref) => this.transaction(ref, now)) };
  }

  /** An overlay-shaped view of any transaction, for matching one found by id. */
  private entryOf(ref: Ref): OverlayEntry {
    if (typeof ref !== 'number') return ref;
    const c = this.db.cols;
    return {
      id: this.db.ids.txId(ref),
      createdAt: c.createdAt[ref]!,
      seq: ref,
      row: ref,
      partner: c.partner[ref]!,
      status: c.status[ref]!,
      type: c.type[ref]!,
      currency: c.currency[ref]!,
      user: c.user[ref]!,
    };
  }

  /** Index of a user uuid (seeded or first seen in a created transaction), or -1. */
  userIndex(uuid: string): number {
    const seeded = this.db.userIndex(uuid);
    return seeded >= 0 ? seeded : (this.overlay.extraUsers.get(uuid) ?? -1);
  }

  /** Registers a user first seen in a created transaction. */
  addUser(uuid: string): number {
    const index = this.db.users.count + this.overlay.extraUserIds.length;
    this.overlay.extraUserIds.push(uuid);
    this.overlay.extraUsers.set(uuid, index);
    return index;
  }

  /** Records an execute; a seeded row moves into the overlay since its status column is now stale. */
  execute(ref: Ref, hash: string | null, outcome: Execution['outcome'], now: number): void {
    const id = this.idOf(ref);
    this.overlay.executions.set(id, { at: now, hash, outcome });
    if (typeof ref === 'number') this.overlay.insert(this.entryOf(ref));
  }
}
