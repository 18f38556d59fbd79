import type { AgentRole } from '../../../contract/agent-roles';
import type { MessageKey } from '../../i18n/i18n';

/**
 * What a role may do, as the change dialog says it, per role the agent is given (the role's own
 * name is `roleLabel` in i18n/words.ts). A Record: a new role without its words does not compile.
 */
export const ROLE_CHANGE_BODY_KEYS: Record<AgentRole, MessageKey> = {
  viewer: 'admin.change.roleBody.viewer',
  operator: 'admin.change.roleBody.operator',
  admin: 'admin.change.roleBody.admin',
};
