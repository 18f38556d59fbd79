import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../project-root';

/** The BFF and the agents CLI share this default, so an agent added with the CLI can sign in. */
export const DEFAULT_DATA_DIR = join(PROJECT_ROOT, '.data/pglite');

/**
 * `npm start` with the embedded sandbox keeps its database apart: its agents and audit entries are
 * sandbox play and must never appear in the log of a real upstream using the default directory.
 */
export const SANDBOX_DATA_DIR = join(PROJECT_ROOT, '.data/sandbox');

/** The environment for a BFF on the embedded sandbox: SANDBOX_DATA_DIR unless a database is chosen. */
export function withSandboxDatabase(
  env: Record<string, string | undefined>,
): Record<string, string | undefined> {
  if (env.DATABASE_URL?.trim() || env.RAMPDESK_DATA_DIR?.trim()) return env;
  return { ...env, RAMPDESK_DATA_DIR: SANDBOX_DATA_DIR };
}

export type DatabaseLocation = { url: string } | { dataDir: string };

/**
 * DATABASE_URL (PostgreSQL) when set, else the PGlite directory RAMPDESK_DATA_DIR (relative to the
 * working directory) or DEFAULT_DATA_DIR. Throws with the variable's name when it is malformed.
 */
export function databaseLocationFromEnv(
  env: Record<string, string | undefined> = process.env,
): DatabaseLocation {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\/./.test(url)) {
      throw new Error(
        'DATABASE_URL must be a PostgreSQL URL, e.g. postgres://user:password@host:5432/rampdesk',
      );
    }
    return { url };
  }
  const dataDir = env.RAMPDESK_DATA_DIR?.trim();
  return { dataDir: dataDir ? resolve(dataDir) : DEFAULT_DATA_DIR };
}

/** For messages and logs: never the password in a URL. */
export function describeDatabaseLocation(location: DatabaseLocation): string {
  if ('dataDir' in location) return `PGlite in ${location.dataDir}`;
  try {
    const url = new URL(location.url);
    return `PostgreSQL at ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}
