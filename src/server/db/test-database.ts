/**
 * Databases for tests: PGlite in memory always, and a real PostgreSQL too when TEST_DATABASE_URL
 * is set (scripts/lib/test-postgres.sh starts one). Each PostgreSQL test database is a fresh,
 * uniquely named database, dropped on close, so test files running in parallel never meet.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from './database';

export type DriverKind = Database['kind'];

/** The drivers to run database tests on: describe.each(TEST_DRIVERS). */
export const TEST_DRIVERS: DriverKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** An empty PostgreSQL database (no migrations yet) and how to drop it. */
export async function createScratchPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!process.env.TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `rampdesk_test_${randomBytes(8).toString('hex')}`;
  await admin((client) => client.query(`create database ${name}`));
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      admin((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
}

/** A migrated, empty database of the given kind; close() also drops a PostgreSQL one. */
export async function openTestDatabase(kind: DriverKind = 'pglite'): Promise<Database & { url?: string }> {
  if (kind === 'pglite') return openDatabase({ memory: true });
  const scratch = await createScratchPostgres();
  const database = await openDatabase({ url: scratch.url, poolMax: 4 });
  return {
    ...database,
    url: scratch.url,
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}
