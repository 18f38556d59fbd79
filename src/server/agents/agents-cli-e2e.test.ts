/**
 * `npm run agents` end to end: each command runs scripts/agents.ts in its own process through tsx
 * (what `npm run agents` and `npx tsx` run, minus npm's own start-up), against a new PGlite
 * directory the test also opens between commands. agents-cli.test.ts covers every message in-process.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { createSessionsRepo } from '../sessions/sessions-repo';
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
  let firstPassword = '';
  let resetPassword = '';
  let sessionToken = '';
  afterAll(() => dataDir && rmSync(resolve(dataDir, '..'), { recursive: true, force: true }));

  async function withDatabase(use: (database: Database) => Promise<void>) {
    const database = await openDatabase({ dataDir });
    try {
      await use(database);
    } finally {
      await database.close();
    }
  }

  it('add: creates the database and prints a one-time password', async () => {
    const ana = await run('add', '--email', 'Ana@Example.com', '--name', 'Ana Lima', '--role', 'operator');
    expect(ana).toMatchObject({ code: 0, stderr: '' });
    expect(ana.stdout).toContain('Added ana@example.com (Ana Lima) as operator.');
    firstPassword = PASSWORD_LINE.exec(ana.stdout)?.[1] ?? '';
    expect(firstPassword).toHaveLength(20);
  });

  it('add: a duplicate email exits 1', async () => {
    const again = await run('add', '--email', 'ANA@example.com', '--name', 'Other', '--role', 'admin');
    expect(again).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'An agent with email ana@example.com already exists.\n',
    });
  });

  it('list: a table of every agent, without password hashes', async () => {
    const result = await run('list');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.split('\n')).toEqual([
      expect.stringMatching(/^EMAIL\s+NAME\s+ROLE\s+STATUS\s+LAST SIGN-IN$/),
      expect.stringMatching(/^ana@example\.com\s+Ana Lima\s+operator\s+active\s+never$/),
      '1 agent',
      '',
    ]);
    expect(result.stdout).not.toContain('scrypt');
  });

  it('set-role: changes the role', async () => {
    const result = await run('set-role', '--email', 'ana@example.com', '--role', 'admin');
    expect(result).toMatchObject({ code: 0, stdout: 'ana@example.com is now admin (was operator).\n' });
  });

  it('disable and reset-password: the agent is out, signed in or not', async () => {
    await withDatabase(async (database) => {
      const ana = await createAgentsRepo(database.db).verifyCredentials('ana@example.com', firstPassword);
      expect(ana).toMatchObject({ role: 'admin' });
      sessionToken = (await createSessionsRepo(database.db).create(ana!.id)).token;
    });
    const disabled = await run('disable', '--email', 'ana@example.com');
    expect(disabled).toMatchObject({ code: 0, stderr: '' });
    expect(disabled.stdout).toContain('Disabled ana@example.com');
    const reset = await run('reset-password', '--email', 'ana@example.com');
    expect(reset).toMatchObject({ code: 0, stderr: '' });
    resetPassword = PASSWORD_LINE.exec(reset.stdout)?.[1] ?? '';
    expect(resetPassword).toHaveLength(20);
  });

  it('a command-line mistake exits 2 with the usage', async () => {
    const result = await run('frob');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain(
      'Unknown command "frob".\n\nUsage: npm run agents -- <command> [options]',
    );
  });

  it('left the database as the commands said', async () => {
    await withDatabase(async (database) => {
      const agents = createAgentsRepo(database.db);
      expect(await createSessionsRepo(database.db).lookup(sessionToken)).toBeNull();
      expect(await agents.findByEmail('ana@example.com')).toMatchObject({ disabled: true, role: 'admin' });
      expect(await agents.verifyCredentials('ana@example.com', resetPassword)).toBeNull();
      await agents.enable((await agents.findByEmail('ana@example.com'))!.id);
      expect(await agents.verifyCredentials('ana@example.com', firstPassword)).toBeNull();
      expect(await agents.verifyCredentials('ana@example.com', resetPassword)).not.toBeNull();
    });
  });
});

if (process.env.TEST_DATABASE_URL) {
  describe('agents CLI on PostgreSQL (DATABASE_URL)', { timeout: 2 * SPAWN_TIMEOUT_MS }, () => {
    let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
    beforeAll(async () => {
      scratch = await createScratchPostgres();
    });
    afterAll(() => scratch?.drop());

    it('adds and lists agents in the database DATABASE_URL names', async () => {
      const env = { DATABASE_URL: scratch.url, RAMPDESK_DATA_DIR: '/nonexistent/never-used' };
      const added = await cli(['add', '--email', 'pg@example.com', '--name', 'Pg', '--role', 'admin'], env);
      expect(added).toMatchObject({ code: 0, stderr: '' });
      const listed = await cli(['list'], env);
      expect(listed.stdout).toMatch(/^pg@example\.com\s+Pg\s+admin\s+active\s+never$/m);
    });
  });
}
