/**
 * `npm run agents -- <command>`: agent management from a shell (scripts/agents.ts runs this).
 * Options are checked before the database opens, so typos fail fast. Exit codes: 0 done,
 * 1 the command could not be carried out, 2 the command line is wrong.
 */
import type { Database } from '../db/database';
import {
  databaseLocationFromEnv,
  describeDatabaseLocation,
  type DatabaseLocation,
} from '../db/database-config';
import { AgentExistsError, AgentInputError, AgentNotFoundError } from './agent-errors';
import { parseCommandLine, UsageError, USAGE, type Args } from './agents-cli-args';
import { createAgentsRepo, type AgentsRepo } from './agents-repo';
import { formatAgentsTable } from './agents-table';
import { generatePassword } from './password';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Record<string, string | undefined>;
  /** Tests pass an open database here; by default the location comes from the environment. */
  openDatabase?: (location: DatabaseLocation) => Promise<Database>;
}

async function openFromLocation(location: DatabaseLocation): Promise<Database> {
  // Loaded only when a command needs it: PGlite and pg make a command-line mistake slow to report.
  const { openDatabase } = await import('../db/database');
  return openDatabase(location);
}

async function findByEmail(agents: AgentsRepo, email: string) {
  const agent = await agents.findByEmail(email);
  if (!agent) throw new AgentNotFoundError({ email });
  return agent;
}

async function execute(command: string, args: Args, agents: AgentsRepo, out: CliIo['out']): Promise<void> {
  const email = args.email ?? '';
  if (command === 'list') {
    out(formatAgentsTable(await agents.list()));
  } else if (command === 'add') {
    const password = args.password ?? generatePassword();
    // Typed or generated, the admin knows it: it is one-time either way (docs/security.md A6).
    const agent = await agents.create(
      { email, displayName: args.name ?? '', role: args.role!, password },
      { oneTime: true },
    );
    out(`Added ${agent.email} (${agent.displayName}) as ${agent.role}.`);
    printHandover(out, args.password ? null : password);
  } else if (command === 'set-role') {
    const before = await findByEmail(agents, email);
    const agent = await agents.setRole(before.id, args.role!);
    out(`${agent.email} is now ${agent.role} (was ${before.role}).`);
  } else if (command === 'disable') {
    await agents.disable((await findByEmail(agents, email)).id);
    out(`Disabled ${email}: they cannot sign in, and their sessions have ended.`);
  } else if (command === 'enable') {
    await agents.enable((await findByEmail(agents, email)).id);
    out(`Enabled ${email}: they can sign in again.`);
  } else if (command === 'reset-password') {
    const password = args.password ?? generatePassword();
    await agents.resetPassword((await findByEmail(agents, email)).id, password, { oneTime: true });
    out(`New password set for ${email}; their sessions have ended.`);
    printHandover(out, args.password ? null : password);
  }
}

/** `generated`: the password to print, or null when the admin typed it and knows it already. */
function printHandover(out: CliIo['out'], generated: string | null) {
  if (generated) {
    out(`One-time password: ${generated}`);
    out('Hand it over privately: it is not shown again.');
  }
  out('Signing in with it, they must first choose their own password; then it stops working.');
}

export async function runAgentsCli(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    io.out(USAGE);
    return 0;
  }
  let database: Database | undefined;
  try {
    const { command, args } = parseCommandLine(argv);
    const location = databaseLocationFromEnv(io.env);
    try {
      database = await (io.openDatabase ?? openFromLocation)(location);
    } catch (error) {
      throw new Error(
        `Could not open the database (${describeDatabaseLocation(location)}): ${(error as Error).message}`,
        { cause: error },
      );
    }
    await execute(command, args, createAgentsRepo(database.db), io.out);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${error.usage}`);
      return 2;
    }
    const known = [AgentExistsError, AgentNotFoundError, AgentInputError].some(
      (type) => error instanceof type,
    );
    io.err(known ? `${(error as Error).message}.` : `Error: ${(error as Error).message}`);
    return 1;
  } finally {
    await database?.close();
  }
}
