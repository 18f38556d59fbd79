import type { AgentRole } from '../../contract/auth';

/**
 * What an agent reads when their role does not allow something: the role needed and whom to ask,
 * e.g. "You need the operator role to execute off-ramps. Ask an admin."
 * `action` completes "You need the … role to …"; without it the sentence stays general.
 */
export function forbiddenMessage(required: AgentRole | undefined, action?: string): string {
  if (!required) return `Your role does not allow ${action ? `you to ${action}` : 'this'}. Ask an admin.`;
  return `You need the ${required} role ${action ? `to ${action}` : 'for this'}. Ask an admin.`;
}
