/**
 * PostgreSQL's LISTEN connection (postgres-feed.ts): what it hears, and that a lost connection is
 * dialled again and said so. PostgreSQL only: without TEST_DATABASE_URL this suite is skipped.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createScratchPostgres } from '../test-support/test-database';
import type { Change } from './change-feed';
import { listenPostgres, type PostgresFeed } from './postgres-feed';

describe.runIf(process.env.TEST_DATABASE_URL)('PostgreSQL change feed (LISTEN)', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
  let listener: PostgresFeed;
  let admin: pg.Client;
  const heard: Change[] = [];
  let resumed = 0;

  beforeAll(async () => {
    scratch = await createScratchPostgres();
    admin = new pg.Client({ connectionString: scratch.url });
    await admin.connect();
    listener = await listenPostgres(scratch.url, 50);
    listener.feed.subscribe((change) => heard.push(change));
    listener.feed.onResume(() => resumed++);
  });
  afterAll(async () => {
    await listener?.close();
    await admin?.end();
    await scratch?.drop();
  });

  const announce = (payload: string) => admin.query(`select pg_notify('rampdesk_changes', $1)`, [payload]);

  it('hears what any connection announces, a moment after commit; it is not exact', async () => {
    expect(listener.feed.exact).toBe(false);
    expect(listener.feed.listening()).toBe(true);
    await announce('sessions:one');
    await vi.waitFor(() => expect(heard).toContainEqual({ table: 'sessions', id: 'one' }));
  });

  it('says it is not listening when its connection is lost, dials again and says it resumed', async () => {
    await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen%'`,
    );
    await vi.waitFor(() => expect(listener.feed.listening()).toBe(false));
    await vi.waitFor(() => expect(listener.feed.listening()).toBe(true), { timeout: 5_000 });
    expect(resumed).toBe(1);
    await announce('agents:two');
    await vi.waitFor(() => expect(heard).toContainEqual({ table: 'agents', id: 'two' }));
  });
});
