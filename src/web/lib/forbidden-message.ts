import type { AgentRole } from '../../contract/auth';
import { translate } from '../i18n/i18n';

/**
 * What an agent reads when their role does not allow something: the role needed and whom to ask,
 * e.g. "You need the operator role to execute off-ramps. Ask an admin."
 * `action` completes "You need the … role to …", in the active language ("execute off-ramps",
 * "ejecutar off-ramps"); without it the sentence stays general. Called at render time only.
 */
export function forbiddenMessage(required: AgentRole | undefined, action?: string): string {
  if (!required) {
    return action ? translate('drawer.roleDoesNotAllowTo', { action }) : translate('drawer.roleDoesNotAllow');
  }
  return action
    ? translate('drawer.needRoleTo', { role: required, action })
    : translate('drawer.needRole', { role: required });
}
