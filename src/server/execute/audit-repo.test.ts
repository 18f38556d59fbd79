import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentsRepo } from '../agents/agents-repo';
import { openDatabase, type Database } from '../db/database';
import { sqlState } from '../db/errors';
import { auditEntries } from '../db/schema';
import { openTestDatabase, pgliteSnapshot, TEST_DRIVERS } from '../test-support/test-database';
import { createAuditRepo, type AuditRepo, type NewAttempt } from './audit-repo';
import { createIntentsRepo } from './intents-repo';

const TX = '4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a';
const REFUSED = { upstreamStatus: null, upstreamCode: 'TRANSACTION_NOT_FOUND', upstreamMessage: 'No.' };

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return sqlState(error);
  }
  throw new Error('expected the database to refuse');
}

async function attemptBy(database: Database, key: string): Promise<NewAttempt> {
  const agents = createAgentsRepo(database.db);
  const email = 'auditor@example.com';
  const agent =
    (await agents.findByEmail(email)) ??
    (await agents.create({ email, displayName: 'Auditor', role: 'operator', password: null }));
  return {
    agentId: agent.id,
    agentEmail: email,
    transactionId: TX,
    transactionHash: null,
    idempotencyKey: key,
  };
}

describe.each(TEST_DRIVERS)('the audit log on %s', (kind) => {
  let database: Database;
  let audit: AuditRepo;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    audit = createAuditRepo(database.db, () => new Date());
  });
  afterAll(() => database?.close());

  it('E5: a finished entry is never updated, and no entry is ever deleted, whoever writes', async () => {
    const entry = await audit.record(await attemptBy(database, 'finished-entry-key-1'), {
      outcome: 'rejected',
      ...REFUSED,
    });
    const byId = eq(auditEntries.id, entry.id);
    const attempts = [
      database.db.update(auditEntries).set({ outcome: 'succeeded' }).where(byId),
      database.db.update(auditEntries).set({ upstreamMessage: 'edited' }).where(byId),
      database.db.update(auditEntries).set({ resolvedAt: new Date(), resolvedBy: 'me' }).where(byId),
      database.db.delete(auditEntries).where(byId),
      database.db.execute(sql`truncate audit_entries cascade`),
    ];
    for (const attempt of attempts) expect(await refusal(attempt)).toBe('23000');
    expect(await audit.find(entry.id)).toEqual(entry);
  });

  it('E5: a pending entry is completed once; an unknown one resolved once; what was attempted never changes', async () => {
    const attempt = await attemptBy(database, 'pending-entry-key-1');
    const intents = createIntentsRepo(database.db, audit, () => new Date(), 60_000);
    const claim = await intents.claim(attempt);
    if (!claim.claimed) throw new Error('expected the claim');
    const byId = eq(auditEntries.id, claim.entryId);
    // What the attempt was about is fixed from the start.
    for (const change of [
      { transactionHash: '0xabc' },
      { idempotencyKey: 'other-key-0000001' },
      { agentEmail: 'x@y.z' },
    ]) {
      expect(await refusal(database.db.update(auditEntries).set(change).where(byId))).toBe('23000');
    }
    const unknown = {
      outcome: 'unknown' as const,
      upstreamStatus: null,
      upstreamCode: 'X',
      upstreamMessage: 'lost',
    };
    expect(await audit.complete(claim.entryId, unknown)).toBe(true);
    expect(await audit.complete(claim.entryId, { ...unknown, outcome: 'failed' })).toBe(false);
    // Resolving may not rewrite what Capa said.
    expect(
      await refusal(
        database.db
          .update(auditEntries)
          .set({
            outcome: 'succeeded',
            resolvedAt: new Date(),
            resolvedBy: 'x',
            upstreamMessage: 'rewritten',
          })
          .where(byId),
      ),
    ).toBe('23000');
    expect(await audit.resolveKey(TX, attempt.idempotencyKey, 'succeeded', 'Capa confirmed')).toBe(1);
    expect(await audit.resolveKey(TX, attempt.idempotencyKey, 'failed', 'again')).toBe(0);
    expect(await audit.find(claim.entryId)).toMatchObject({
      outcome: 'succeeded',
      upstreamMessage: 'lost',
      resolvedBy: 'Capa confirmed',
    });
  });
});

describe('audit entries survive a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rampdesk-audit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('E5: what was written before closing the database is there after reopening it', async () => {
    const first = await openDatabase({ dataDir: dir, initialSnapshot: await pgliteSnapshot() });
    const written = await createAuditRepo(first.db, () => new Date()).record(
      await attemptBy(first, 'restart-entry-key-1'),
      { outcome: 'rejected', ...REFUSED },
    );
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    try {
      expect(await createAuditRepo(second.db, () => new Date()).forTransaction(TX)).toEqual([written]);
    } finally {
      await second.close();
    }
  });
});
