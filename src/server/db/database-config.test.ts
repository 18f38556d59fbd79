import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  databaseLocationFromEnv,
  DEFAULT_DATA_DIR,
  describeDatabaseLocation,
  SANDBOX_DATA_DIR,
  withSandboxDatabase,
} from './database-config';

describe('database location from the environment', () => {
  it('defaults to PGlite in .data/pglite under the project root', () => {
    expect(databaseLocationFromEnv({})).toEqual({ dataDir: DEFAULT_DATA_DIR });
    expect(DEFAULT_DATA_DIR).toBe(resolve(import.meta.dirname, '../../../.data/pglite'));
  });

  it('takes RAMPDESK_DATA_DIR relative to the working directory', () => {
    expect(databaseLocationFromEnv({ RAMPDESK_DATA_DIR: 'tmp/db' })).toEqual({ dataDir: resolve('tmp/db') });
  });

  it('prefers DATABASE_URL and refuses one that is not PostgreSQL', () => {
    const url = 'postgres://app:secret@db.internal:5432/rampdesk';
    expect(databaseLocationFromEnv({ DATABASE_URL: url, RAMPDESK_DATA_DIR: '/x' })).toEqual({ url });
    expect(() => databaseLocationFromEnv({ DATABASE_URL: 'mysql://x' })).toThrow('DATABASE_URL must be');
    expect(databaseLocationFromEnv({ DATABASE_URL: ' ' })).toEqual({ dataDir: DEFAULT_DATA_DIR });
  });

  it('describes a location without the password', () => {
    const text = describeDatabaseLocation({ url: 'postgres://app:secret@db.internal:5432/rampdesk' });
    expect(text).toBe('PostgreSQL at db.internal:5432/rampdesk');
    expect(describeDatabaseLocation({ dataDir: '/srv/db' })).toBe('PGlite in /srv/db');
  });

  it('keeps the embedded sandbox in .data/sandbox, apart from a real upstream’s default, unless told otherwise', () => {
    const sandbox = databaseLocationFromEnv(withSandboxDatabase({}));
    expect(sandbox).toEqual({ dataDir: resolve(import.meta.dirname, '../../../.data/sandbox') });
    expect(SANDBOX_DATA_DIR).not.toBe(DEFAULT_DATA_DIR);
    expect(databaseLocationFromEnv(withSandboxDatabase({ RAMPDESK_DATA_DIR: 'tmp/db' }))).toEqual({
      dataDir: resolve('tmp/db'),
    });
    const url = 'postgres://app@db.internal/rampdesk';
    expect(databaseLocationFromEnv(withSandboxDatabase({ DATABASE_URL: url }))).toEqual({ url });
  });
});
