/** MSW handlers for sign-in, the session and agent management, behaving like the BFF's routes. */
import { HttpResponse } from 'msw';
import { API_PATHS } from '../../contract/api';
import { CHOSEN_PASSWORD_MIN_LENGTH, passwordLength, type PublicAgent } from '../../contract/auth';
import {
  agentIdParamsSchema,
  apiAgentPatchBodySchema,
  apiChangePasswordBodySchema,
  apiLocaleBodySchema,
  apiNewAgentBodySchema,
  CURRENT_PASSWORD_WRONG_MESSAGE,
  SIGN_IN_FAILED_MESSAGE,
  signInBodySchema,
  type ApiSessionResponse,
} from '../../contract/auth-api';
import { agentStore, mockSession } from './agent-store';
import { apiErrorResponse } from './api-responses';
import { apiRoute } from './api-route';

const admin = { auth: 'admin', params: agentIdParamsSchema } as const;
const agentNotFound = () => apiErrorResponse(404, 'AGENT_NOT_FOUND', 'There is no agent with this id.');
const ownAccount = (message: string) => apiErrorResponse(409, 'OWN_ACCOUNT_LOCKED', message);

/** The session as GET /api/auth/me answers it. */
function sessionAnswer(agent: PublicAgent): ApiSessionResponse {
  return {
    agent,
    method: 'password',
    mustChangePassword: agentStore.mustChangePassword(agent.id),
    locale: agentStore.localeOf(agent.id),
  };
}

/**
 * The BFF checks with zxcvbn's list of common passwords (docs/security.md A6); the mock knows a
 * few of them, enough for tests to see each refusal the way the BFF words it.
 */
const COMMON = ['password1234567890', 'qwertyuiopasdfghjkl', 'iloveyou iloveyou'];
function weakReason(password: string, agent: PublicAgent, current: string): string | null {
  const length = passwordLength(password);
  if (length < CHOSEN_PASSWORD_MIN_LENGTH) {
    return `is too short: use at least ${CHOSEN_PASSWORD_MIN_LENGTH} characters (it has ${length})`;
  }
  if (password === current) return 'is the one you have now: choose a different one';
  if (password.toLowerCase().includes(agent.email)) return 'contains your email address';
  if (password.toLowerCase().includes(agent.displayName.toLowerCase())) return 'contains your name';
  if (COMMON.includes(password.toLowerCase())) {
    return 'is too common: it is on the lists of passwords attackers try first';
  }
  return null;
}

export const authHandlers = [
  apiRoute('POST', API_PATHS.signIn, { auth: 'public', body: signInBodySchema }, ({ body }) => {
    const agent = agentStore.checkPassword(body.email, body.password);
    if (!agent) return apiErrorResponse(401, 'INVALID_CREDENTIALS', SIGN_IN_FAILED_MESSAGE);
    mockSession.signIn(agent.id);
    return HttpResponse.json(sessionAnswer(mockSession.current()!));
  }),

  apiRoute('POST', API_PATHS.signOut, { auth: 'viewer' }, () => {
    mockSession.signOut();
    return new HttpResponse(null, { status: 204 });
  }),

  apiRoute('GET', API_PATHS.me, { auth: 'viewer' }, ({ agent }) => HttpResponse.json(sessionAnswer(agent!))),

  apiRoute('GET', API_PATHS.session, { auth: 'public' }, () => {
    const agent = mockSession.current();
    return HttpResponse.json(agent ? sessionAnswer(agent) : { agent: null });
  }),

  apiRoute(
    'POST',
    API_PATHS.changePassword,
    { auth: 'viewer', body: apiChangePasswordBodySchema },
    ({ agent, body }) => {
      const current = agentStore.passwordOf(agent!.id)!;
      if (body.currentPassword !== current) {
        return apiErrorResponse(403, 'INVALID_CREDENTIALS', CURRENT_PASSWORD_WRONG_MESSAGE, {
          fields: { currentPassword: 'is incorrect' },
        });
      }
      const weak = weakReason(body.newPassword, agent!, current);
      if (weak) {
        return apiErrorResponse(400, 'WEAK_PASSWORD', `The new password ${weak}.`, {
          fields: { newPassword: weak },
        });
      }
      // The BFF ends every other session and starts a new one here; the mock browser has only this one.
      agentStore.changePassword(agent!.id, body.newPassword);
      return HttpResponse.json(sessionAnswer(agent!));
    },
  ),

  apiRoute('PUT', API_PATHS.locale, { auth: 'viewer', body: apiLocaleBodySchema }, ({ agent, body }) => {
    agentStore.setLocale(agent!.id, body.locale);
    return HttpResponse.json(sessionAnswer(agent!));
  }),

  apiRoute('GET', API_PATHS.agents, { auth: 'admin' }, () =>
    HttpResponse.json({ agents: agentStore.list() }),
  ),

  apiRoute('POST', API_PATHS.agents, { auth: 'admin', body: apiNewAgentBodySchema }, ({ body }) => {
    if (agentStore.emailTaken(body.email)) {
      return apiErrorResponse(409, 'AGENT_EXISTS', `An agent with email ${body.email} already exists.`, {
        fields: { email: 'is taken' },
      });
    }
    return HttpResponse.json(agentStore.add(body), { status: 201 });
  }),

  apiRoute(
    'PATCH',
    '/api/agents/:id',
    { ...admin, body: apiAgentPatchBodySchema },
    ({ agent, params, body }) => {
      // An admin who demotes or disables themselves may leave nobody able to undo it.
      const demotes = body.role !== undefined && body.role !== 'admin';
      if (params.id.toLowerCase() === agent!.id && (body.disabled || demotes)) {
        return ownAccount('You cannot disable or demote your own account; ask another admin to do it.');
      }
      const target = agentStore.find(params.id.toLowerCase());
      return target ? HttpResponse.json({ agent: agentStore.update(target.id, body) }) : agentNotFound();
    },
  ),

  apiRoute('POST', '/api/agents/:id/reset-password', admin, ({ agent, params }) => {
    if (params.id.toLowerCase() === agent!.id) {
      return ownAccount(
        'You cannot reset your own password here; ask another admin, or use `npm run agents -- reset-password`.',
      );
    }
    const target = agentStore.find(params.id.toLowerCase());
    return target
      ? HttpResponse.json({ oneTimePassword: agentStore.resetPassword(target.id) })
      : agentNotFound();
  }),
];
