/**
 * Every command and message of the agents CLI, run in-process against an in-memory database.
 * agents-cli-e2e.test.ts runs the real script in child processes on a PGlite directory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { createSessionsRepo } from '../sessions/sessions-repo';
import { openTestDatabase } from '../test-support/test-database';
import { runAgentsCli } from './agents-cli';
import { createAgentsRepo } from './agents-repo';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase('pglite');
});
afterAll(() => database?.close());

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  let opened = 0;
  const code = await runAgentsCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: {},
    // The CLI closes what it opened: hand it the shared database with a close that keeps it open.
    openDatabase: async () => (opened++, { ...database, close: async () => {} }),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), opened };
}

const PASSWORD_LINE = /^One-time password: ([A-Za-z0-9]{20})$/m;
const ONE_TIME = 'Signing in with it, they must first choose their own password; then it stops working.';

describe('agents CLI: command-line mistakes exit 2 before opening the database', () => {
  it.each([
    [['frob'], 'Unknown command "frob".', 'Commands:'],
    [['constructor'], 'Unknown command "constructor".', 'Commands:'],
    [[], 'Give a command.', 'Commands:'],
    [['--email', 'a@b.co'], 'Give a command.', 'Commands:'],
    [
      ['add', '--name', 'Ana', '--role', 'viewer'],
      "Missing --email: the agent's email address.",
      'add --email',
    ],
    [
      ['add', '--email', 'a@b.co', '--role', 'viewer'],
      "Missing --name: the agent's display name.",
      'add --email',
    ],
    [
      ['add', '--email', 'a@b.co', '--name', 'Ana'],
      'Missing --role: viewer, operator or admin.',
      'add --email',
    ],
    [
      ['add', '--email', 'ana', '--name', 'Ana', '--role', 'viewer'],
      '--email must be an email address',
      'add',
    ],
    [['add', '--email', 'a@b.co', '--name', ' ', '--role', 'viewer'], '--name must not be empty.', 'add'],
    [
      ['set-role', '--email', 'a@b.co', '--role', 'boss'],
      '--role must be viewer, operator or admin.',
      'set-role',
    ],
    [['set-role', '--email', 'a@b.co'], 'Missing --role', 'set-role --email EMAIL --role ROLE'],
    [
      ['reset-password', '--email', 'a@b.co', '--password', 'short'],
      '--password must be at least 12',
      'reset',
    ],
    [['disable'], 'Missing --email', 'disable --email EMAIL'],
    [['enable', '--email'], "Option '--email <value>' argument missing.", 'enable --email EMAIL'],
    [['disable', '--email', 'a@b.co', '--force'], "Unknown option '--force'.", 'disable --email EMAIL'],
    [['list', 'everyone'], "Unexpected argument 'everyone'", 'Usage: npm run agents -- list'],
  ])('%j', async (argv, message, usage) => {
    const result = await run(...argv);
    expect(result).toMatchObject({ code: 2, stdout: '', opened: 0 });
    expect(result.stderr.split('\n')[0]).toContain(message);
    expect(result.stderr).toContain(usage);
  });

  it('help prints the usage on stdout', async () => {
    expect(await run('help')).toMatchObject({ code: 0, stderr: '', opened: 0 });
    expect((await run('--help')).stdout).toContain('Database: PostgreSQL at DATABASE_URL when set');
  });
});

describe('agents CLI commands', () => {
  it('adds agents with a generated one-time password or the given one, never printing a hash', async () => {
    const ana = await run('add', '--email', 'Ana@Example.com', '--name', 'Ana Lima', '--role', 'operator');
    expect(ana).toMatchObject({ code: 0, stderr: '', opened: 1 });
    expect(ana.stdout).toContain('Added ana@example.com (Ana Lima) as operator.');
    const generated = PASSWORD_LINE.exec(ana.stdout)?.[1] ?? '';
    const agents = createAgentsRepo(database.db);
    expect(await agents.verifyCredentials('ana@example.com', generated)).not.toBeNull();

    const bob = await run(
      'add',
      '--email',
      'bob@example.com',
      '--name',
      'Bob',
      '--role',
      'viewer',
      '--password',
      'bob chose this',
    );
    expect(bob).toMatchObject({ code: 0, stdout: `Added bob@example.com (Bob) as viewer.\n${ONE_TIME}` });
    // A6: typed or generated, the admin knows it: one-time either way.
    expect(await agents.verifyCredentials('bob@example.com', 'bob chose this')).toMatchObject({
      mustChangePassword: true,
    });
    expect(await agents.findByEmail('ana@example.com')).toMatchObject({ mustChangePassword: true });
    expect(ana.stdout + bob.stdout).not.toContain('scrypt');
  });

  it('refuses a duplicate email, whatever its case (exit 1)', async () => {
    const result = await run('add', '--email', 'ANA@example.com', '--name', 'Other', '--role', 'admin');
    expect(result).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'An agent with email ana@example.com already exists.',
    });
  });

  it('lists agents in a table', async () => {
    await createAgentsRepo(database.db).recordSignIn(
      (await createAgentsRepo(database.db).findByEmail('bob@example.com'))!.id,
      new Date('2026-03-02T10:30:59Z'),
    );
    const result = await run('list');
    expect(result.stdout.split('\n')).toEqual([
      'EMAIL            NAME      ROLE      STATUS  LAST SIGN-IN',
      'ana@example.com  Ana Lima  operator  active  never',
      'bob@example.com  Bob       viewer    active  2026-03-02 10:30 UTC',
      '2 agents',
    ]);
  });

  it('changes a role', async () => {
    const result = await run('set-role', '--email', 'ana@example.com', '--role', 'admin');
    expect(result).toMatchObject({ code: 0, stdout: 'ana@example.com is now admin (was operator).' });
  });

  it.each([['set-role', '--role', 'admin'], ['disable'], ['enable'], ['reset-password']])(
    '%s: says when no agent has the email (exit 1)',
    async (command, ...rest) => {
      const result = await run(command, '--email', 'Nobody@Example.com', ...rest);
      expect(result).toMatchObject({
        code: 1,
        stdout: '',
        stderr: 'No agent with email nobody@example.com.',
      });
    },
  );

  it('disables an agent, ending their sessions, and enables them again', async () => {
    const bob = (await createAgentsRepo(database.db).findByEmail('bob@example.com'))!;
    const sessions = createSessionsRepo(database.db);
    const { token } = await sessions.create(bob.id);
    const disabled = await run('disable', '--email', 'bob@example.com');
    expect(disabled.stdout).toBe(
      'Disabled bob@example.com: they cannot sign in, and their sessions have ended.',
    );
    expect(await sessions.lookup(token)).toBeNull();
    expect((await run('list')).stdout).toMatch(/^bob@example\.com\s+Bob\s+viewer\s+disabled/m);
    expect((await run('enable', '--email', 'bob@example.com')).stdout).toBe(
      'Enabled bob@example.com: they can sign in again.',
    );
    expect(
      await createAgentsRepo(database.db).verifyCredentials('bob@example.com', 'bob chose this'),
    ).not.toBeNull();
  });

  it('resets a password, printing the generated one and ending sessions', async () => {
    const agents = createAgentsRepo(database.db);
    const sessions = createSessionsRepo(database.db);
    const { token } = await sessions.create((await agents.findByEmail('bob@example.com'))!.id);
    const result = await run('reset-password', '--email', 'bob@example.com');
    expect(result.stdout).toContain('New password set for bob@example.com; their sessions have ended.');
    const generated = PASSWORD_LINE.exec(result.stdout)?.[1] ?? '';
    expect(await agents.verifyCredentials('bob@example.com', generated)).not.toBeNull();
    expect(await agents.verifyCredentials('bob@example.com', 'bob chose this')).toBeNull();
    expect(await sessions.lookup(token)).toBeNull();

    const chosen = await run('reset-password', '--email', 'bob@example.com', '--password', 'bob chose again');
    expect(chosen.stdout).toBe(
      `New password set for bob@example.com; their sessions have ended.\n${ONE_TIME}`,
    );
    expect(await agents.findByEmail('bob@example.com')).toMatchObject({ mustChangePassword: true });
  });

  it('reports a database it cannot open, without the URL password (exit 1)', async () => {
    const messages: string[] = [];
    const io = { out: () => {}, err: (line: string) => messages.push(line) };
    expect(await runAgentsCli(['list'], { ...io, env: { DATABASE_URL: 'mysql://root:hunter2@db/x' } })).toBe(
      1,
    );
    expect(messages).toEqual([
      'Error: DATABASE_URL must be a PostgreSQL URL, e.g. postgres://user:password@host:5432/rampdesk',
    ]);
    messages.length = 0;
    const refused = await runAgentsCli(['list'], {
      ...io,
      env: { DATABASE_URL: 'postgres://app:hunter2@127.0.0.1:1/rampdesk' },
    });
    expect(refused).toBe(1);
    expect(messages.join('\n')).toMatch(
      /^Error: Could not open the database \(PostgreSQL at 127\.0\.0\.1:1\/rampdesk\): /,
    );
    expect(messages.join('\n')).not.toContain('hunter2');
  });
});
