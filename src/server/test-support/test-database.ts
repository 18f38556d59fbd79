/**
 * Databases for tests: PGlite in memory always, and a real PostgreSQL too when TEST_DATABASE_URL
 * is set (scripts/lib/test-postgres.sh starts one). Each PostgreSQL test database is a fresh,
 * uniquely named database, dropped on close, so test files running in parallel never meet.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database';
import { migratePgliteDatabase, MIGRATIONS_FOLDER } from '../db/migrate';

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

let snapshot: Promise<Blob> | undefined;

/**
 * A migrated, empty PGlite as a tarball, made once and kept in the temp directory (keyed by the
 * PGlite version and the migrations): initdb costs seconds of CPU per open, loading this one.
 */
export function pgliteSnapshot(): Promise<Blob> {
  snapshot ??= (async () => {
    const pglitePackage = join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), '..');
    const version = JSON.parse(readFileSync(join(pglitePackage, 'package.json'), 'utf8')).version as string;
    const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => m.hash);
    const key = createHash('sha256')
      .update(JSON.stringify([version, migrations]))
      .digest('hex')
      .slice(0, 16);
    const path = join(tmpdir(), `rampdesk-pglite-snapshot-${key}.tar.gz`);
    try {
      return new Blob([readFileSync(path)]);
    } catch {
      const client = await PGlite.create();
      await migratePgliteDatabase(client);
      const blob = await client.dumpDataDir('gzip');
      await client.close();
      // Written aside and renamed: parallel test files never read half a file.
      const staged = `${path}.${process.pid}`;
      writeFileSync(staged, Buffer.from(await blob.arrayBuffer()));
      renameSync(staged, path);
      return blob;
    }
  })();
  return snapshot;
}

/** A migrated, empty database of the given kind; close() also drops a PostgreSQL one. */
export async function openTestDatabase(kind: DriverKind = 'pglite'): Promise<Database & { url?: string }> {
  if (kind === 'pglite') return openDatabase({ memory: true, initialSnapshot: await pgliteSnapshot() });
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
