import type { Transaction } from '../../contract/capa';
import type { Execution } from './lifecycle';

/**
 * A transaction whose indexed values may differ from the seeded columns: a created one, or a
 * seeded one that was executed (its status now follows the lifecycle). Kept sorted by
 * (createdAt, seq) so a query merges them with the seeded posting lists in one pass.
 */
export interface OverlayEntry {
  id: string;
  createdAt: number;
  /** Tie-breaker in sort order: the row number for seeded rows, size + n for the n-th creation. */
  seq: number;
  /** The seeded row, or -1 for a created transaction. */
  row: number;
  partner: number;
  /** Status index before any execution. */
  status: number;
  type: number;
  currency: number;
  user: number;
  /** The stored transaction, for created ones. */
  tx?: Transaction;
}

export function entryBefore(a: { createdAt: number; seq: number }, b: { createdAt: number; seq: number }) {
  return a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.seq < b.seq);
}

export class Overlay {
  entries: OverlayEntry[] = [];
  readonly created = new Map<string, OverlayEntry>();
  readonly executions = new Map<string, Execution>();
  /** 1 for seeded rows that have an overlay entry: the seeded columns no longer tell the truth. */
  dirty: Uint8Array;
  /** Users first seen in a created transaction, numbered after the seeded ones. */
  readonly extraUsers = new Map<string, number>();
  readonly extraUserIds: string[] = [];
  createdCount = 0;

  constructor(private readonly size: number) {
    this.dirty = new Uint8Array(size);
  }

  insert(entry: OverlayEntry): void {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entryBefore(this.entries[mid]!, entry)) lo = mid + 1;
      else hi = mid;
    }
    this.entries.splice(lo, 0, entry);
    if (entry.row >= 0) this.dirty[entry.row] = 1;
    else this.created.set(entry.id, entry);
  }

  reset(): void {
    this.entries = [];
    this.created.clear();
    this.executions.clear();
    this.extraUsers.clear();
    this.extraUserIds.length = 0;
    this.createdCount = 0;
    this.dirty = new Uint8Array(this.size);
  }
}
