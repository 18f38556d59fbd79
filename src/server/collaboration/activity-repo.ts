import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type {
  ActivityEvent,
  ActivityListQuery,
  ActivityListResponse,
  Note,
} from '../../contract/collaboration-api';
import type { Agent } from '../agents/agent';
import type { Db } from '../db/database';
import { transactionActivity, type ActivityRow } from '../db/schema';

function toEvent(row: ActivityRow): ActivityEvent {
  return {
    id: row.id,
    kind: row.kind,
    transactionId: row.transactionId,
    agentEmail: row.agentEmail,
    agentName: row.agentName,
    text: row.text,
    reason: row.reason ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

function toNote(row: ActivityRow): Note {
  return {
    id: row.id,
    transactionId: row.transactionId,
    agentEmail: row.agentEmail,
    agentName: row.agentName,
    text: row.text ?? '',
    createdAt: row.createdAt.toISOString(),
  };
}

const NEWEST_FIRST = [desc(transactionActivity.createdAt), desc(transactionActivity.id)];
const OLDEST_FIRST = [asc(transactionActivity.createdAt), asc(transactionActivity.id)];
const isNote = eq(transactionActivity.kind, 'note');

/**
 * Notes and the log of takes, releases and notes (docs/security.md W2). Append-only: this repo only
 * inserts and reads, and migration 0006's triggers refuse an update or delete from anyone.
 */
export function createActivityRepo(db: Db, clock: () => Date) {
  return {
    /** `text` is already checked (noteBodySchema): trimmed, 1–1000 characters, no control characters. */
    async addNote(transactionId: string, agent: Pick<Agent, 'id' | 'email' | 'displayName'>, text: string) {
      const [row] = await db
        .insert(transactionActivity)
        .values({
          transactionId,
          kind: 'note',
          agentId: agent.id,
          agentEmail: agent.email,
          agentName: agent.displayName,
          text,
          createdAt: clock(),
        })
        .returning();
      return toNote(row!);
    },

    async notes(transactionId: string): Promise<Note[]> {
      const rows = await db
        .select()
        .from(transactionActivity)
        .where(and(eq(transactionActivity.transactionId, transactionId), isNote))
        .orderBy(...OLDEST_FIRST);
      return rows.map(toNote);
    },

    /** The notes of a page of transactions, oldest first, by id (the CSV export: one query per page). */
    async notesFor(ids: readonly string[]): Promise<Map<string, Note[]>> {
      const notes = new Map<string, Note[]>();
      if (ids.length === 0) return notes;
      const rows = await db
        .select()
        .from(transactionActivity)
        .where(and(inArray(transactionActivity.transactionId, [...ids]), isNote))
        .orderBy(...OLDEST_FIRST);
      for (const row of rows) {
        const list = notes.get(row.transactionId) ?? [];
        list.push(toNote(row));
        notes.set(row.transactionId, list);
      }
      return notes;
    },

    /** The Audit page's log: everyone's takes, releases and notes, newest first. */
    async list(query: ActivityListQuery): Promise<ActivityListResponse> {
      const filters: SQL[] = [];
      if (query.kind) filters.push(eq(transactionActivity.kind, query.kind));
      if (query.transactionId) filters.push(eq(transactionActivity.transactionId, query.transactionId));
      const where = filters.length ? and(...filters) : undefined;
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(transactionActivity)
          .where(where)
          .orderBy(...NEWEST_FIRST)
          .offset(query.skip)
          .limit(query.limit),
        db.select({ n: count() }).from(transactionActivity).where(where),
      ]);
      return { total: total?.n ?? 0, skip: query.skip, limit: query.limit, items: rows.map(toEvent) };
    },
  };
}
