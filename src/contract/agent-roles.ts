/**
 * Agents' roles without a schema, so the SPA's shell (role checks, the header's badge) does not
 * load zod before the first screen needs it (docs/performance.md, issue 16). auth.ts re-exports
 * them beside the schemas.
 */

/** Ordered by power: each role may do everything the ones before it may (docs/security.md A2). */
export const AGENT_ROLES = ['viewer', 'operator', 'admin'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];
export const ROLE_LABELS: Record<AgentRole, string> = {
  viewer: 'Viewer',
  operator: 'Operator',
  admin: 'Admin',
};

/** True when `role` grants at least what `required` grants. */
export function roleAtLeast(role: AgentRole, required: AgentRole): boolean {
  return AGENT_ROLES.indexOf(role) >= AGENT_ROLES.indexOf(required);
}
