import type { FastifyBaseLogger } from 'fastify';
import type { DemoAgent } from '../../contract/api';
import { ROLE_LABELS } from '../../contract/auth';
import type { AgentsRepo } from '../agents/agents-repo';

/** Every demo agent's email ends with this: a domain that cannot exist (RFC 6761 .test). */
export const DEMO_AGENT_DOMAIN = 'sandbox.rampdesk.test';

/**
 * One agent per role for the embedded sandbox. The passwords are public (GET /api/config shows
 * them on the sign-in page): these agents must never exist outside the sandbox.
 */
export const SANDBOX_DEMO_AGENTS: DemoAgent[] = [
  { email: `viewer@${DEMO_AGENT_DOMAIN}`, role: 'viewer', password: 'sandbox-viewer-password' },
  { email: `operator@${DEMO_AGENT_DOMAIN}`, role: 'operator', password: 'sandbox-operator-password' },
  { email: `admin@${DEMO_AGENT_DOMAIN}`, role: 'admin', password: 'sandbox-admin-password' },
];

export const isDemoEmail = (email: string) => email.toLowerCase().endsWith(`@${DEMO_AGENT_DOMAIN}`);

/**
 * Creates the demo agents, or puts them back as listed (role, enabled, password) when someone
 * changed them, so the credentials on the sign-in page always work. Idempotent.
 */
export async function seedDemoAgents(agents: AgentsRepo, demo: readonly DemoAgent[], log: FastifyBaseLogger) {
  for (const { email, role, password } of demo) {
    if (!isDemoEmail(email)) throw new Error(`demo agent ${email} must use the ${DEMO_AGENT_DOMAIN} domain`);
    const existing = await agents.findByEmail(email);
    if (!existing) {
      await agents.create({ email, displayName: `Sandbox ${ROLE_LABELS[role]}`, role, password });
      continue;
    }
    if (existing.role !== role) await agents.setRole(existing.id, role);
    if (existing.disabled) await agents.enable(existing.id);
    // Demo passwords are public sample data: never one-time, or the sign-in page's buttons would stop working.
    if (existing.mustChangePassword || !(await agents.verifyCredentials(email, password))) {
      await agents.resetPassword(existing.id, password, { oneTime: false });
    }
  }
  log.info({ count: demo.length }, 'sandbox demo agents ready');
}

/**
 * Outside the sandbox, demo agents left in the database (the default PGlite directory is shared by
 * `npm start` with and without an upstream) are disabled: their passwords are public.
 */
export async function disableDemoAgents(agents: AgentsRepo, log: FastifyBaseLogger) {
  for (const agent of await agents.list()) {
    if (!isDemoEmail(agent.email) || agent.disabled) continue;
    await agents.disable(agent.id);
    log.warn({ email: agent.email }, 'sandbox demo agent disabled: not in the sandbox');
  }
}
