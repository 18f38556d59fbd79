/**
 * `npm run agents` end to end: scripts/agents.ts in its own process through tsx (what `npm run
 * agents` and `npx tsx` run, minus npm's own start-up), against a new PGlite directory the test
 * also opens between commands, and against PostgreSQL. What only a real process shows: argv, stdout
 * and stderr, the exit code, the environment naming the database, a data directory created and then
 * found again by the next process, and hashes at the production cost. Each process pays Node, tsx
 * and PGlite (seconds of CPU, docs/performance.md), so the commands' own behaviour, every message
 * and exit code, is agents-cli.test.ts's job, in-process through the same runAgentsCli.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { agents as agentsTable } from '../db/schema';
import { createScratchPostgres } from '../test-support/test-database';
import { createAgentsRepo } from './agents-repo';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
// Generous: each command starts Node, tsx and PGlite, which a busy shared machine slows tenfold.
const SPAWN_TIMEOUT_MS = 120_000;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string>): Promise<Result> {
  return new Promise((done) => {
    const options = {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', ...env },
      timeout: SPAWN_TIMEOUT_MS,
    };
    execFile(TSX, ['scripts/agents.ts', ...args], options, (error, stdout, stderr) => {
      const killed = error?.killed ? `\n[killed after ${SPAWN_TIMEOUT_MS} ms]` : '';
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr: stderr + killed });
    });
  });
}

const PASSWORD_LINE = /^One-time password: ([A-Za-z0-9]{20})$/m;

describe('agents CLI on a PGlite data directory', { timeout: 2 * SPAWN_TIMEOUT_MS }, () => {
  // Missing at first, as on a fresh clone: the first command creates it.
  let dataDir = '';
  // Made in a hook, not at collection, so a filtered run leaves nothing behind.
  beforeAll(() => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'rampdesk-cli-')), 'pglite');
  });
  const run = (...args: string[]) => cli(args, { RAMPDESK_DATA_DIR: dataDir });
  afterAll(() => dataDir && rmSync(resolve(dataDir, '..'), { recursive: true, force: true }));

  it('add: creates the database, prints a one-time password that works, stores a full-cost hash', async () => {
    const ana = await run('add', '--email', 'Ana@Example.com', '--name', 'Ana Lima', '--role', 'operator');
    expect(ana).toMatchObject({ code: 0, stderr: '' });
    expect(ana.stdout).toContain('Added ana@example.com (Ana Lima) as operator.');
    expect(ana.stdout).not.toContain('scrypt');
    const password = PASSWORD_LINE.exec(ana.stdout)?.[1] ?? '';
    expect(password).toHaveLength(20);
    const database = await openDatabase({ dataDir });
    try {
      // A real process hashes at the production cost (the tests' cheap one is vitest's alone). Read
      // first: a sign-in here would upgrade it to today's parameters, which in vitest are the cheap ones.
      const [row] = await database.db
        .select()
        .from(agentsTable)
        .where(eq(agentsTable.email, 'ana@example.com'));
      expect(row!.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
      const agents = createAgentsRepo(database.db);
      expect(await agents.verifyCredentials('ana@example.com', password)).toMatchObject({
        role: 'operator',
        mustChangePassword: true,
      });
    } finally {
      await database.close();
    }
  });

  it('add again: the next process finds the agent there, and a duplicate exits 1 on stderr', async () => {
    const again = await run('add', '--email', 'ANA@example.com', '--name', 'Other', '--role', 'admin');
    expect(again).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'An agent with email ana@example.com already exists.\n',
    });
  });

  it('a command-line mistake exits 2 with the usage', async () => {
    const result = await run('frob');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain(
      'Unknown command "frob".\n\nUsage: npm run agents -- <command> [options]',
    );
  });
});

if (process.env.TEST_DATABASE_URL) {
  describe('agents CLI on PostgreSQL (DATABASE_URL)', { timeout: 2 * SPAWN_TIMEOUT_MS }, () => {
    let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
    beforeAll(async () => {
      scratch = await createScratchPostgres();
    });
    afterAll(() => scratch?.drop());

    it('adds an agent to the database DATABASE_URL names', async () => {
      const env = { DATABASE_URL: scratch.url, RAMPDESK_DATA_DIR: '/nonexistent/never-used' };
      const added = await cli(['add', '--email', 'pg@example.com', '--name', 'Pg', '--role', 'admin'], env);
      expect(added).toMatchObject({ code: 0, stderr: '' });
      const database = await openDatabase({ url: scratch.url });
      try {
        expect(await createAgentsRepo(database.db).findByEmail('pg@example.com')).toMatchObject({
          displayName: 'Pg',
          role: 'admin',
        });
      } finally {
        await database.close();
      }
    });
  });
}
