import type { ApiSessionResponse } from '../../contract/auth-api';
import { isLocale } from '../../contract/locales';
import { toPublicAgent, type Agent } from '../agents/agent';

/**
 * The session as sign-in, /me, the session probe, a password change and a language choice all
 * answer it. A stored locale Rampdesk no longer offers reads as none: the browser's languages decide.
 */
export function sessionAnswer(agent: Agent, method: ApiSessionResponse['method']): ApiSessionResponse {
  return {
    agent: toPublicAgent(agent),
    method,
    // SECURITY A6: only a password sign-in used the admin's password; through SSO it never applies.
    mustChangePassword: method === 'password' && agent.mustChangePassword,
    locale: isLocale(agent.locale) ? agent.locale : null,
  };
}
