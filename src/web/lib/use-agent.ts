import { useQuery } from '@tanstack/react-query';
import { roleAtLeast, type AgentRole } from '../../contract/agent-roles';
import type { PublicAgent } from '../../contract/auth';
import { authQueries } from './auth-queries';

export interface AgentAccess {
  /** Null only outside the signed-in part of the app (the route guard keeps the rest signed in). */
  agent: PublicAgent | null;
  /** Whether the agent's role grants what `role` grants. Only hides controls: the BFF decides. */
  can: (role: AgentRole) => boolean;
}

/** The signed-in agent and a role check, e.g. `can('operator')` before offering Execute. */
export function useAgent(): AgentAccess {
  const { data } = useQuery(authQueries.me());
  const agent = data?.agent ?? null;
  return { agent, can: (role) => agent !== null && !agent.disabled && roleAtLeast(agent.role, role) };
}
