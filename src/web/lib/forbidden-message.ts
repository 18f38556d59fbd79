import type { AgentRole } from '../../contract/auth';
import { translate } from '../i18n/i18n';

/**
 * What an agent reads when their role does not allow something: the role needed and whom to ask,
 * e.g. "You need the operator role to execute off-ramps. Ask an admin."
 * `action` completes "You need the … role to …", in the agent's language (the caller translates
 * it); without it the sentence stays general.
 */
export function forbiddenMessage(required: AgentRole | undefined, action?: string): string {
  if (!required) {
    return action
      ? translate('words.forbidden.notAllowed', { action })
      : translate('words.forbidden.notAllowedGeneral');
  }
  return action
    ? translate('words.forbidden.need', { role: required, action })
    : translate('words.forbidden.needGeneral', { role: required });
}
