import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseLocationFromEnv, DEFAULT_DATA_DIR, describeDatabaseLocation } from './database-config';

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
});
