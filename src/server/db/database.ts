import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { CHANGES_CHANNEL, createChangeFeed, type ChangeFeed } from './change-feed';
import { migratePgliteDatabase, migratePostgresDatabase } from './migrate';
import { initPgliteDataDir } from './pglite-initdb';
import { lockDataDir } from './pglite-lock';
import { useBaselineWasmForPglite } from './pglite-wasm';
import { listenPostgres } from './postgres-feed';
import * as schema from './schema';

export type Schema = typeof schema;
/** The query API both drivers share; transactions (`tx`) are assignable to it too. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Throws when the database does not answer (readiness checks). */
  ping(): Promise<void>;
  /** Changes announced by the database, for exact in-process caches; null on PostgreSQL (see change-feed.ts). */
  changes: ChangeFeed | null;
  /**
   * The same announcements as every instance hears them: `changes` on PGlite; on PostgreSQL a
   * LISTEN connection, a moment after commit (postgres-feed.ts), for what may be that late.
   */
  sharedChanges: ChangeFeed;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres://… : PostgreSQL through a pg Pool. Wins over the PGlite options. */
  url?: string;
  /** PGlite data directory, created when missing. */
  dataDir?: string;
  /** PGlite in memory (tests). */
  memory?: boolean;
  /**
   * PGlite only, when the database is new (in memory, or an empty data directory): start from
   * this dumpDataDir() tarball instead of running initdb. Tests use it to skip seconds per open.
   */
  initialSnapshot?: Blob;
  /** PostgreSQL pool size per process. */
  poolMax?: number;
  /** Errors of idle pooled connections (the pool replaces them); without a handler they would crash. */
  onPoolError?: (error: Error) => void;
}

/**
 * PGlite's defaults, with 16 MB of shared buffers instead of PostgreSQL's 128 MB: PGlite's
 * WebAssembly memory holds them, so they are resident in the BFF, and the embedded database (agents,
 * sessions, audit entries) is far smaller. Measured: −118 MB of RSS (docs/performance.md).
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** Shutdown paths may close twice (a signal during a failed start): the second call waits for the first. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

/** Opens the database and brings its schema up to date (idempotent, safe on concurrent starts). */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options);
  if (options.dataDir) return openPglite(options.dataDir, options.initialSnapshot);
  if (options.memory) return openPglite(undefined, options.initialSnapshot);
  throw new Error('openDatabase needs a url, a dataDir or memory: true');
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: 10_000,
  });
  pool.on(
    'error',
    options.onPoolError ?? ((error) => console.error(`database connection lost: ${error.message}`)),
  );
  try {
    await migratePostgresDatabase(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db: Db = drizzlePg({ client: pool, schema });
  const listener = await listenPostgres(url);
  return {
    db,
    kind: 'postgres',
    changes: null,
    sharedChanges: listener.feed,
    ping: async () => void (await db.execute(sql`select 1`)),
    close: once(async () => {
      await listener.close();
      await pool.end();
    }),
  };
}

async function openPglite(dataDir: string | undefined, snapshot: Blob | undefined): Promise<Database> {
  let release = () => {};
  if (dataDir) {
    // PGlite writes its files world-readable: a private directory keeps password hashes private.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    chmodSync(dataDir, 0o700);
    release = lockDataDir(dataDir);
  }
  let client: PGlite | undefined;
  const { feed, deliver } = createChangeFeed();
  try {
    const isNew = dataDir === undefined || !existsSync(join(dataDir, 'PG_VERSION'));
    if (dataDir && isNew && !snapshot) await initPgliteDataDir(dataDir, PGLITE_START_PARAMS);
    useBaselineWasmForPglite();
    client = await PGlite.create({
      ...(dataDir === undefined ? {} : { dataDir }),
      ...(snapshot && isNew ? { loadDataDir: snapshot } : {}),
      startParams: PGLITE_START_PARAMS,
    });
    await migratePgliteDatabase(client);
    await client.listen(CHANGES_CHANNEL, deliver);
  } catch (error) {
    await client?.close();
    release();
    throw error;
  }
  const db: Db = drizzlePglite({ client, schema });
  const pglite = client;
  return {
    db,
    kind: 'pglite',
    changes: feed,
    sharedChanges: feed,
    ping: async () => void (await db.execute(sql`select 1`)),
    close: once(async () => {
      try {
        await pglite.close();
      } finally {
        release();
      }
    }),
  };
}
