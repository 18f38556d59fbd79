/** The agents CLI's command line: commands, their options, and checks before anything opens. */
import { parseArgs } from 'node:util';
import {
  agentDisplayNameSchema,
  agentEmailSchema,
  agentRoleSchema,
  newPasswordSchema,
  type AgentRole,
} from '../../contract/auth';

export const USAGE = `Usage: npm run agents -- <command> [options]

Commands:
  add --email E --name N --role R [--password P]
                        Add an agent. Without --password, prints a one-time password.
                        Either way, their first sign-in makes them choose their own.
  list                  List every agent.
  set-role --email E --role R
                        Change an agent's role: viewer, operator or admin.
  disable --email E     Disable an agent and end their sessions.
  enable --email E      Let a disabled agent sign in again.
  reset-password --email E [--password P]
                        Set a one-time password (printed when generated) and end their
                        sessions; their next sign-in makes them choose their own.

Database: PostgreSQL at DATABASE_URL when set, else PGlite in RAMPDESK_DATA_DIR
(default .data/pglite; \`npm start\` on the embedded sandbox uses .data/sandbox).
Stop the server first when it uses the same PGlite directory.`;

const FIELDS = {
  email: { schema: agentEmailSchema, what: "the agent's email address" },
  name: { schema: agentDisplayNameSchema, what: "the agent's display name" },
  role: { schema: agentRoleSchema, what: 'viewer, operator or admin' },
  password: { schema: newPasswordSchema, what: 'a password' },
} as const;
type Field = keyof typeof FIELDS;
export interface Args {
  email?: string;
  name?: string;
  role?: AgentRole;
  password?: string;
}

const COMMANDS: Record<string, { required: Field[]; optional: Field[] }> = {
  add: { required: ['email', 'name', 'role'], optional: ['password'] },
  list: { required: [], optional: [] },
  'set-role': { required: ['email', 'role'], optional: [] },
  disable: { required: ['email'], optional: [] },
  enable: { required: ['email'], optional: [] },
  'reset-password': { required: ['email'], optional: ['password'] },
};

function commandUsage(command: string): string {
  const spec = COMMANDS[command]!;
  const options = [
    ...spec.required.map((f) => `--${f} ${f.toUpperCase()}`),
    ...spec.optional.map((f) => `[--${f} ${f.toUpperCase()}]`),
  ];
  return `Usage: npm run agents -- ${[command, ...options].join(' ')}`;
}

export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage = USAGE,
  ) {
    super(message);
  }
}

export function parseCommandLine(argv: string[]): { command: string; args: Args } {
  const [command, ...rest] = argv;
  if (!command || command.startsWith('-')) throw new UsageError('Give a command.');
  // Own keys only: "constructor" or "__proto__" are not commands.
  const spec = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!spec) throw new UsageError(`Unknown command "${command}".`);
  const fields = [...spec.required, ...spec.optional];
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: Object.fromEntries(fields.map((f) => [f, { type: 'string' as const }])),
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}.`, commandUsage(command));
  }
  const args: Args = {};
  for (const field of fields) {
    const value = values[field];
    if (value === undefined) {
      if (spec.required.includes(field)) {
        throw new UsageError(`Missing --${field}: ${FIELDS[field].what}.`, commandUsage(command));
      }
      continue;
    }
    const parsed = FIELDS[field].schema.safeParse(value);
    if (!parsed.success) {
      throw new UsageError(
        `--${field} ${parsed.error.issues[0]?.message ?? 'is invalid'}.`,
        commandUsage(command),
      );
    }
    (args as Record<Field, unknown>)[field] = parsed.data;
  }
  return { command, args };
}
