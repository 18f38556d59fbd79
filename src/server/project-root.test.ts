import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, SANDBOX_DATA_DIR } from './db/database-config';
import { MIGRATIONS_FOLDER } from './db/migrate';
import { findProjectRoot, PROJECT_ROOT } from './project-root';

// This file is src/server/project-root.test.ts: two levels below the root.
const ROOT = resolve(import.meta.dirname, '../..');

describe('the project root', () => {
  it('is found from a source file and from the bundle npm start runs (dist-server/start.js)', () => {
    expect(PROJECT_ROOT).toBe(ROOT);
    expect(findProjectRoot(join(ROOT, 'src/server/db'))).toBe(ROOT);
    expect(findProjectRoot(join(ROOT, 'dist-server'))).toBe(ROOT);
  });

  it("passes over a dependency's package.json on the way up", () => {
    expect(findProjectRoot(join(ROOT, 'node_modules/fastify/lib'))).toBe(ROOT);
  });

  it('says so outside the project rather than guessing', () => {
    expect(() => findProjectRoot(tmpdir())).toThrow(/No package.json named "rampdesk"/);
  });

  it('places the migrations and the data directories under it', () => {
    expect(MIGRATIONS_FOLDER).toBe(join(ROOT, 'src/server/db/migrations'));
    expect(existsSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'))).toBe(true);
    expect(DEFAULT_DATA_DIR).toBe(join(ROOT, '.data/pglite'));
    expect(SANDBOX_DATA_DIR).toBe(join(ROOT, '.data/sandbox'));
  });
});
