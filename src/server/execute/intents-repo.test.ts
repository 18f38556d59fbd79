import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAgentsRepo } from '../agents/agents-repo';
import type { Database } from '../db/database';
import { openTestDatabase, TEST_DRIVERS, type DriverKind } from '../test-support/test-database';
import { createAuditRepo, type NewAttempt } from './audit-repo';
import { createIntentsRepo } from './intents-repo';

const STALE_MS = 60_000;
const SUCCEEDED = {
  outcome: 'succeeded' as const,
  upstreamStatus: 200,
  upstreamCode: null,
  upstreamMessage: 'ok',
};

// Each driver as is, and also with its shared change feed, where unsettled intents are indexed in
// memory (exactly on PGlite, a moment after commit on PostgreSQL).
const CASES = TEST_DRIVERS.flatMap((kind): { kind: DriverKind; indexed: boolean }[] => [
  { kind, indexed: false },
  { kind, indexed: true },
]);

describe.each(CASES)('execute intents on $kind, indexed: $indexed', ({ kind, indexed }) => {
  let database: Database;
  let now = Date.parse('2026-11-20T10:00:00.000Z');
  const clock = () => new Date(now);
  let agentId: string;
  let n = 0;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const agent = await createAgentsRepo(database.db).create({
      email: 'intents@example.com',
      displayName: 'Intents',
      role: 'operator',
      password: null,
    });
    agentId = agent.id;
  });
  afterAll(() => database?.close());

  const repos = () => {
    const audit = createAuditRepo(database.db, clock);
    const changes = indexed ? database.sharedChanges : null;
    return { audit, intents: createIntentsRepo(database.db, audit, clock, STALE_MS, changes) };
  };
  const attempt = (transactionId: string): NewAttempt => ({
    agentId,
    agentEmail: 'intents@example.com',
    transactionId,
    transactionHash: null,
    idempotencyKey: `intent-test-key-${++n}`,
  });
  const newTx = () => crypto.randomUUID();

  it('E2: of many simultaneous claims on one transaction, exactly one wins; the others see it pending', async () => {
    const { intents } = repos();
    const tx = newTx();
    const claims = await Promise.all(Array.from({ length: 12 }, () => intents.claim(attempt(tx))));
    expect(claims.filter((c) => c.claimed)).toHaveLength(1);
    for (const c of claims) if (!c.claimed) expect(c.blocking.state).toBe('pending');
  });

  it('E3 E6: a succeeded intent blocks every key; a failed one is released; an unknown one only takes its own key', async () => {
    const { intents } = repos();
    const tx = newTx();
    const first = attempt(tx);
    const claim = await intents.claim(first);
    if (!claim.claimed) throw new Error('expected the claim');
    const intent = { transactionId: tx, idempotencyKey: first.idempotencyKey, auditEntryId: claim.entryId };
    await intents.settle(intent, 'unknown', { ...SUCCEEDED, outcome: 'unknown', upstreamStatus: null }, '');
    expect(await intents.claim(attempt(tx))).toMatchObject({
      claimed: false,
      blocking: { state: 'unknown' },
    });
    const retry = await intents.claim(first);
    expect(retry.claimed).toBe(true);
    await intents.settle(
      { ...intent, auditEntryId: retry.claimed ? retry.entryId : '' },
      'succeeded',
      SUCCEEDED,
      'by retry',
    );
    expect(await intents.claim(first)).toMatchObject({ claimed: false, blocking: { state: 'succeeded' } });
    expect(await intents.claim(attempt(tx))).toMatchObject({
      claimed: false,
      blocking: { state: 'succeeded' },
    });
  });

  it('E4: a pending intent left by a server that stopped is treated as unknown once stale, and can be re-sent', async () => {
    const { audit, intents } = repos();
    const tx = newTx();
    const claim = await intents.claim(attempt(tx));
    if (!claim.claimed) throw new Error('expected the claim');
    expect((await intents.find(tx))?.state).toBe('pending');
    expect(await intents.unresolved([tx])).toEqual([]);
    now += STALE_MS + 1;
    expect((await intents.find(tx))?.state).toBe('unknown');
    expect(await intents.unresolved([tx])).toEqual([tx]);
    const taken = await intents.takeForResolution(tx);
    expect(taken).toMatchObject({ state: 'pending', auditEntryId: claim.entryId });
    expect(await audit.find(claim.entryId)).toMatchObject({
      outcome: 'unknown',
      upstreamMessage: 'The Rampdesk server handling this execute stopped before Capa answered.',
    });
    // Taken for resolution: nobody else takes it meanwhile.
    expect(await intents.takeForResolution(tx)).toBeNull();
  });

  it('E4: sees every change to which intents await resolution, whichever repository made it', async () => {
    const { intents } = repos();
    const other = repos().intents;
    const [a, b] = [newTx(), newTx()];
    expect(await intents.unresolved([a, b])).toEqual([]);
    const first = attempt(a);
    const claim = await other.claim(first);
    if (!claim.claimed) throw new Error('expected the claim');
    const intent = { transactionId: a, idempotencyKey: first.idempotencyKey, auditEntryId: claim.entryId };
    expect(await intents.unresolved([a, b])).toEqual([]);
    await other.settle(intent, 'unknown', null, '');
    expect(await intents.unresolved([a, b])).toEqual([a]);
    expect(await intents.takeForResolution(a)).toMatchObject({ state: 'pending' });
    expect(await other.unresolved([a, b])).toEqual([]);
    await intents.settle(intent, 'succeeded', null, 'checked');
    expect(await other.unresolved([a, b])).toEqual([]);
    expect(await intents.find(a)).toMatchObject({ state: 'succeeded' });
  });

  it('E4: a list page finds the rows another repository left unknown (PostgreSQL: once announced)', async () => {
    const { intents } = repos();
    const other = repos().intents;
    const [a, b] = [newTx(), newTx()];
    expect(await intents.unresolvedInPage([a, b])).toEqual([]);
    const first = attempt(a);
    const claim = await other.claim(first);
    if (!claim.claimed) throw new Error('expected the claim');
    const intent = { transactionId: a, idempotencyKey: first.idempotencyKey, auditEntryId: claim.entryId };
    await other.settle(intent, 'unknown', null, '');
    // PGlite's feed is exact: at once. PostgreSQL's LISTEN: a moment after commit.
    const page = () => intents.unresolvedInPage([a, b]);
    if (kind === 'pglite') expect(await page()).toEqual([a]);
    await vi.waitFor(async () => expect(await page()).toEqual([a]), { timeout: 5_000 });
    await other.takeForResolution(a);
    await other.settle(intent, 'succeeded', null, 'checked');
    await vi.waitFor(async () => expect(await page()).toEqual([]), { timeout: 5_000 });
  });
});
