import type { Transaction } from '../../contract/capa';
import { FIAT_CURRENCIES, TRANSACTION_TYPES } from '../../contract/enums';
import { TRANSACTION_STATUSES } from '../../contract/statuses';
import { IdCodec } from '../seed/ids';
import { hash, Rng, seedWord } from '../seed/random';
import { buildTransaction } from '../seed/row-builder';
import { coverageOf } from '../seed/seed-plan';
import type { RowWorld } from '../seed/user-assets';
import { seedColumns, seedUsers, type SeedColumns, type SeedUsers } from './columns';
import { buildIndexes, type SeedIndexes } from './indexes';

const SALT_ROW = 0x726f77;

/** Who the two partners are; [0] is the primary one `npm start` uses. */
export const PARTNER_NAMES = ['Aurora Remesas', 'Puente Pay'] as const;

export interface SandboxPartner {
  id: string;
  name: string;
  apiKey: string;
}

/**
 * The seeded, immutable part of the sandbox: columns, indexes and ids. Everything that changes
 * (executions, created transactions) lives in the overlay, so reset is just dropping the overlay.
 */
export class SeedDb {
  readonly seed: number;
  readonly ids: IdCodec;
  readonly cols: SeedColumns;
  readonly users: SeedUsers;
  readonly idx: SeedIndexes;
  readonly partners: readonly [SandboxPartner, SandboxPartner];
  private readonly userIds: string[];
  private readonly userByUuid: Map<string, number>;

  constructor(
    seed: number,
    readonly size: number,
    readonly anchor: number,
  ) {
    this.seed = seedWord(seed);
    this.ids = new IdCodec(this.seed);
    this.users = seedUsers(this.seed, size);
    this.cols = seedColumns(this.seed, size, anchor, this.users);
    this.idx = buildIndexes(this.cols, this.users.count);
    this.userIds = Array.from({ length: this.users.count }, (_, u) => this.ids.userId(u));
    this.userByUuid = new Map(this.userIds.map((id, u) => [id, u]));
    const partner = (p: number): SandboxPartner => ({
      id: this.ids.partnerId(p),
      name: PARTNER_NAMES[p]!,
      apiKey: this.ids.partnerKey(p),
    });
    this.partners = [partner(0), partner(1)];
  }

  seededUserId(user: number): string {
    return this.userIds[user]!;
  }

  /** Seeded user index of a uuid, or -1. */
  userIndex(uuid: string): number {
    return this.userByUuid.get(uuid) ?? -1;
  }

  rowOf(id: string): number {
    return this.ids.rowOf(id, this.size);
  }

  /** Rebuilds a seeded transaction from (seed, row) alone: nothing per row is kept but columns. */
  buildRow(row: number, world: RowWorld): Transaction {
    const { cols } = this;
    const cover = coverageOf(row, this.size);
    return buildTransaction(
      world,
      {
        id: this.ids.txId(row),
        user: cols.user[row]!,
        createdAt: cols.createdAt[row]!,
        status: TRANSACTION_STATUSES[cols.status[row]!]!,
        type: TRANSACTION_TYPES[cols.type[row]!]!,
        currency: FIAT_CURRENCIES[cols.currency[row]!]!,
        chain: cover?.pair[0],
        token: cover?.pair[1],
        allowMagic: true,
      },
      new Rng(hash(this.seed, SALT_ROW, row)),
    );
  }
}
