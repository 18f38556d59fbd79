import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Pool } from 'pg';
import { PROJECT_ROOT } from '../project-root';

/** Read from the source tree at run time, by tsx and by the bundle alike (it holds only code). */
export const MIGRATIONS_FOLDER = join(PROJECT_ROOT, 'src/server/db/migrations');

/**
 * Key of the session-level advisory lock held while migrating. Drizzle's migrator takes no lock,
 * so two BFF instances starting together on one PostgreSQL would both apply the same migration.
 */
export const MIGRATION_LOCK_KEY = 7_254_118_360_529_001n;

/** PGlite has a single connection, and its data directory a lock file: nobody can race us. */
export async function migratePgliteDatabase(client: PGlite): Promise<void> {
  await migratePglite(drizzlePglite({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
}

export async function migratePostgresDatabase(pool: Pool): Promise<void> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    try {
      // On the connection that holds the lock, so the lock lasts exactly as long as the work.
      await migratePg(drizzlePg({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]);
    }
  } catch (error) {
    broken = error as Error;
    throw error;
  } finally {
    // A connection in an unknown state is destroyed, which also drops any lock it still holds.
    client.release(broken);
  }
}
