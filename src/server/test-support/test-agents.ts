/**
 * Signed-in agents for tests, without the cost of a password: agents are created SSO-only (no
 * scrypt) and sessions straight in the database, exactly as sign-in would store them.
 */
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../../contract/api';
import type { AgentRole } from '../../contract/auth';
import type { Agent } from '../agents/agent';
import { createAgentsRepo } from '../agents/agents-repo';
import { SESSION_COOKIE } from '../auth/session-cookie';
import type { Database } from '../db/database';
import { createSessionsRepo } from '../sessions/sessions-repo';
import { openTestDatabase } from './test-database';

export const CSRF = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
export const JSON_WRITE = { ...CSRF, 'content-type': 'application/json' };

let shared: Promise<Database> | undefined;

/**
 * One in-memory PGlite per test file (vitest isolates files), shared by every app the file
 * builds: starting PGlite takes seconds, a test app should not.
 */
export function sharedTestDatabase(): Promise<Database> {
  shared ??= openTestDatabase('pglite');
  return shared;
}

const agentsOf = new WeakMap<Database, Map<AgentRole, Promise<Agent>>>();
const headersOf = new WeakMap<Database, Map<AgentRole, Promise<Record<string, string>>>>();

function memo<T>(
  store: WeakMap<Database, Map<AgentRole, Promise<T>>>,
  db: Database,
  role: AgentRole,
  make: () => Promise<T>,
) {
  let byRole = store.get(db);
  if (!byRole) store.set(db, (byRole = new Map()));
  let value = byRole.get(role);
  if (!value) byRole.set(role, (value = make()));
  return value;
}

export const testAgentEmail = (role: AgentRole) => `test-${role}@rampdesk.test`;

/** The test agent of this role in `database`, created on first use. */
export function testAgent(database: Database, role: AgentRole): Promise<Agent> {
  return memo(agentsOf, database, role, async () => {
    const agents = createAgentsRepo(database.db);
    const email = testAgentEmail(role);
    return (
      (await agents.findByEmail(email)) ??
      agents.create({ email, displayName: `Test ${role}`, role, password: null })
    );
  });
}

/** A fresh session of `agent`: the cookie header value. */
export async function sessionCookieFor(database: Database, agent: Agent, cookieName = SESSION_COOKIE) {
  const { token } = await createSessionsRepo(database.db).create(agent.id);
  return `${cookieName}=${token}`;
}

/** Cookie and X-CSRF of a signed-in agent of this role (one session per database and role). */
export function agentHeaders(database: Database, role: AgentRole): Promise<Record<string, string>> {
  return memo(headersOf, database, role, async () => {
    const cookie = await sessionCookieFor(database, await testAgent(database, role));
    return { ...CSRF, cookie };
  });
}
