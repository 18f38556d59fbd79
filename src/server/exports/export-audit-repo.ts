import { and, count, desc, eq } from 'drizzle-orm';
import type {
  ExportAuditEntry,
  ExportAuditQuery,
  ExportFilters,
  ExportOutcome,
} from '../../contract/reconciliation-api';
import type { Db } from '../db/database';
import { exportAudits, type ExportAuditRow } from '../db/schema';

export interface NewExport {
  agentId: string;
  agentEmail: string;
  filters: ExportFilters;
  from: Date | null;
  to: Date | null;
}

function toEntry(row: ExportAuditRow): ExportAuditEntry {
  return {
    id: row.id,
    agentEmail: row.agentEmail,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    filters: row.filters,
    from: row.windowFrom?.toISOString() ?? null,
    to: row.windowTo?.toISOString() ?? null,
    rows: row.rows,
    outcome: row.outcome,
  };
}

// Newest first; the id breaks ties between exports started in the same microsecond.
const NEWEST_FIRST = [desc(exportAudits.startedAt), desc(exportAudits.id)];

/**
 * The exports' audit (docs/security.md X3). Append-only: an entry is written running when the
 * export starts and finished once; the triggers of migration 0004 refuse anything else.
 */
export function createExportAuditRepo(db: Db, clock: () => Date) {
  return {
    async start(entry: NewExport): Promise<ExportAuditEntry> {
      const [row] = await db
        .insert(exportAudits)
        .values({
          agentId: entry.agentId,
          agentEmail: entry.agentEmail,
          filters: entry.filters,
          windowFrom: entry.from,
          windowTo: entry.to,
          startedAt: clock(),
          outcome: 'running',
        })
        .returning();
      return toEntry(row!);
    },

    /** Says how a running export ended; false when it had already ended. */
    async finish(id: string, outcome: Exclude<ExportOutcome, 'running'>, rows: number): Promise<boolean> {
      const done = await db
        .update(exportAudits)
        .set({ outcome, rows, finishedAt: clock() })
        .where(and(eq(exportAudits.id, id), eq(exportAudits.outcome, 'running')))
        .returning({ id: exportAudits.id });
      return done.length === 1;
    },

    /** A page of exports, newest first; `onlyAgentId` limits it to one agent's own. */
    async list(query: ExportAuditQuery, onlyAgentId: string | null) {
      const where = onlyAgentId ? eq(exportAudits.agentId, onlyAgentId) : undefined;
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(exportAudits)
          .where(where)
          .orderBy(...NEWEST_FIRST)
          .limit(query.limit)
          .offset(query.skip),
        db.select({ n: count() }).from(exportAudits).where(where),
      ]);
      return { total: total?.n ?? 0, skip: query.skip, limit: query.limit, items: rows.map(toEntry) };
    },
  };
}

export type ExportAuditRepo = ReturnType<typeof createExportAuditRepo>;
