/**
 * The BFF's audit of CSV exports, in memory: the mock export writes an entry when it starts and
 * completes it when the stream ends, fails or is cancelled. test/setup.ts resets it after each
 * test; a test may `record` entries of its own.
 */
import type { ExportAuditEntry } from '../../contract/reconciliation-api';

let entries: ExportAuditEntry[] = [];
let counter = 0;

export type ExportRecordInput = Partial<ExportAuditEntry> & Pick<ExportAuditEntry, 'agentEmail'>;

export const exportAuditStore = {
  record(input: ExportRecordInput): ExportAuditEntry {
    counter += 1;
    const startedAt = input.startedAt ?? new Date().toISOString();
    const entry: ExportAuditEntry = {
      id: `00000000-0000-4000-b000-${String(counter).padStart(12, '0')}`,
      finishedAt: input.outcome === 'running' ? null : startedAt,
      filters: {},
      from: null,
      to: null,
      rows: 0,
      outcome: 'running',
      ...input,
      startedAt,
    };
    entries = [entry, ...entries];
    return entry;
  },

  finish(id: string, outcome: ExportAuditEntry['outcome'], rows: number) {
    const finishedAt = new Date().toISOString();
    entries = entries.map((e) => (e.id === id ? { ...e, outcome, rows, finishedAt } : e));
  },

  /** Admins read everyone's exports; operators (`onlyEmail`) their own. Newest first. */
  list(skip: number, limit: number, onlyEmail: string | null) {
    const matching = entries
      .filter((e) => !onlyEmail || e.agentEmail === onlyEmail)
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    return { total: matching.length, skip, limit, items: matching.slice(skip, skip + limit) };
  },
};

export function resetExportAuditStore() {
  entries = [];
  counter = 0;
}
