import type { AgentRole } from '../../contract/agent-roles';
import type { MessageKey } from '../i18n/i18n';

/**
 * Each role's name, as a key translated where it is shown (the contract's ROLE_LABELS stay the
 * BFF's and the CLI's English). A Record: a new role without its words does not compile.
 */
export const ROLE_KEYS: Record<AgentRole, MessageKey> = {
  viewer: 'admin.role.viewer',
  operator: 'admin.role.operator',
  admin: 'admin.role.admin',
};

/** What a role may do, as the change dialog says it, per role the agent is given. */
export const ROLE_CHANGE_BODY_KEYS: Record<AgentRole, MessageKey> = {
  viewer: 'admin.change.roleBody.viewer',
  operator: 'admin.change.roleBody.operator',
  admin: 'admin.change.roleBody.admin',
};
