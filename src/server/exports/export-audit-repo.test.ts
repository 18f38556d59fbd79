/**
 * The exports' audit (docs/security.md X3) on every test driver: written running, finished once,
 * listed newest first per agent; migration 0004's triggers refuse edits and deletes whoever writes.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentsRepo } from '../agents/agents-repo';
import type { Database } from '../db/database';
import { sqlState } from '../db/errors';
import { exportAudits } from '../db/schema';
import { openTestDatabase, TEST_DRIVERS } from '../test-support/test-database';
import { createExportAuditRepo, type ExportAuditRepo, type NewExport } from './export-audit-repo';

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return sqlState(error);
  }
  throw new Error('expected the database to refuse');
}

describe.each(TEST_DRIVERS)('the export audit on %s', (kind) => {
  let database: Database;
  let repo: ExportAuditRepo;
  let ann: NewExport;
  let bob: NewExport;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    repo = createExportAuditRepo(database.db, () => new Date());
    const agents = createAgentsRepo(database.db);
    const make = async (email: string) => {
      const agent = await agents.create({ email, displayName: email, role: 'operator', password: null });
      return { agentId: agent.id, agentEmail: email, filters: { status: 'COMPLETED' }, from: null, to: null };
    };
    ann = await make('ann@example.com');
    bob = { ...(await make('bob@example.com')), from: new Date('2026-11-01T00:00:00Z') };
  });
  afterAll(() => database?.close());

  it('X3: an export is written running, finished once with its rows, and listed newest first', async () => {
    const first = await repo.start(ann);
    const second = await repo.start(bob);
    expect(first).toMatchObject({
      outcome: 'running',
      finishedAt: null,
      rows: 0,
      filters: { status: 'COMPLETED' },
    });
    expect(await repo.finish(first.id, 'completed', 1234)).toBe(true);
    expect(await repo.finish(first.id, 'failed', 1)).toBe(false);
    const all = await repo.list({ skip: 0, limit: 10 }, null);
    expect(all.items.map((e) => e.id)).toEqual([second.id, first.id]);
    expect(all.items[1]).toMatchObject({ outcome: 'completed', rows: 1234, finishedAt: expect.any(String) });
    expect(all.items[0]).toMatchObject({
      from: '2026-11-01T00:00:00.000Z',
      to: null,
      agentEmail: 'bob@example.com',
    });
    const own = await repo.list({ skip: 0, limit: 10 }, ann.agentId);
    expect(own).toMatchObject({ total: 1, items: [{ id: first.id }] });
  });

  it('X3: the database refuses to delete an entry, edit what it records, or reopen a finished one', async () => {
    const entry = await repo.start(ann);
    const byId = eq(exportAudits.id, entry.id);
    const violation = '23000';
    expect(
      await refusal(database.db.update(exportAudits).set({ agentEmail: 'x@example.com' }).where(byId)),
    ).toBe(violation);
    expect(await refusal(database.db.update(exportAudits).set({ filters: {} }).where(byId))).toBe(violation);
    expect(await refusal(database.db.update(exportAudits).set({ rows: 5 }).where(byId))).toBe(violation);
    await repo.finish(entry.id, 'cancelled', 7);
    expect(
      await refusal(database.db.update(exportAudits).set({ outcome: 'completed', rows: 9 }).where(byId)),
    ).toBe(violation);
    expect(await refusal(database.db.delete(exportAudits).where(byId))).toBe(violation);
    expect(await refusal(database.db.execute(sql`truncate export_audits`))).toBe(violation);
  });
});
