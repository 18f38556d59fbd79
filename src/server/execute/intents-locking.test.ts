/**
 * SECURITY E2's lock order, on PostgreSQL: every database transaction of the intents repository
 * locks the intent row before any audit entry. Two instances claiming and settling one transaction
 * at once once deadlocked here (PostgreSQL then aborts one of them: a 500 to an agent, or an
 * executed payout left unrecorded). A second connection holds the locks the other side would hold,
 * so each ordering is checked deterministically rather than hoped for under load. PostgreSQL only:
 * PGlite has one connection, nothing to interleave. Without TEST_DATABASE_URL this is skipped.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentsRepo } from '../agents/agents-repo';
import { openDatabase, type Database } from '../db/database';
import { createScratchPostgres } from '../test-support/test-database';
import { createAuditRepo, type NewAttempt } from './audit-repo';
import { createIntentsRepo } from './intents-repo';

const SUCCEEDED = {
  outcome: 'succeeded' as const,
  upstreamStatus: 200,
  upstreamCode: null,
  upstreamMessage: 'ok',
};

describe.runIf(process.env.TEST_DATABASE_URL)('intent lock order on PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
  let database: Database;
  let other: pg.Client;
  let agentId: string;
  let n = 0;

  beforeAll(async () => {
    scratch = await createScratchPostgres();
    database = await openDatabase({ url: scratch.url, poolMax: 4 });
    other = new pg.Client({ connectionString: scratch.url });
    await other.connect();
    const agent = await createAgentsRepo(database.db).create({
      email: 'locks@example.com',
      displayName: 'Locks',
      role: 'operator',
      password: null,
    });
    agentId = agent.id;
  });

  afterAll(async () => {
    await other?.end();
    await database?.close();
    await scratch?.drop();
  });

  const repos = () => {
    const audit = createAuditRepo(database.db, () => new Date());
    return { audit, intents: createIntentsRepo(database.db, audit, () => new Date(), 60_000) };
  };
  const attempt = (transactionId: string): NewAttempt => ({
    agentId,
    agentEmail: 'locks@example.com',
    transactionId,
    transactionHash: null,
    idempotencyKey: `lock-order-key-${++n}`,
  });
  async function claimed(intents: ReturnType<typeof repos>['intents'], a: NewAttempt) {
    const claim = await intents.claim(a);
    if (!claim.claimed) throw new Error('expected the claim');
    return { transactionId: a.transactionId, idempotencyKey: a.idempotencyKey, auditEntryId: claim.entryId };
  }
  const within = <T>(ms: number, work: Promise<T>) =>
    Promise.race([
      work,
      new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms)),
    ]);

  it('a claim never waits for a lock on the blocking intent’s audit entry (held by its settle)', async () => {
    const { intents } = repos();
    const tx = crypto.randomUUID();
    const first = await claimed(intents, attempt(tx));
    await other.query('begin');
    try {
      await other.query('select 1 from audit_entries where id = $1 for update', [first.auditEntryId]);
      const second = await within(2_000, intents.claim(attempt(tx)));
      expect(second).toMatchObject({ claimed: false, blocking: { state: 'pending' } });
    } finally {
      await other.query('rollback');
    }
  });

  it('a settle takes the intent row before the audit entry, so a claim holding the row is never stuck behind it', async () => {
    const { audit, intents } = repos();
    const tx = crypto.randomUUID();
    const first = await claimed(intents, attempt(tx));
    await other.query('begin');
    let settle: Promise<void>;
    try {
      await other.query('select 1 from execute_intents where transaction_id = $1 for update', [tx]);
      settle = intents.settle(first, 'succeeded', SUCCEEDED, 'test');
      expect(await within(300, settle)).toBe('still waiting');
      // The settle waits on the intent row without holding the entry: taking it does not block.
      await other.query('set local lock_timeout = 1000');
      await other.query('select 1 from audit_entries where id = $1 for update', [first.auditEntryId]);
    } finally {
      await other.query('rollback');
    }
    await settle;
    expect(await audit.find(first.auditEntryId)).toMatchObject({ outcome: 'succeeded' });
    expect(await intents.find(tx)).toMatchObject({ state: 'succeeded' });
  });
});
