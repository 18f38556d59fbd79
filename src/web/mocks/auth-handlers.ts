/** MSW handlers for sign-in, the session and agent management, behaving like the BFF's routes. */
import { http, HttpResponse } from 'msw';
import { API_PATHS } from '../../contract/api';
import {
  apiAgentPatchBodySchema,
  apiChangePasswordBodySchema,
  apiNewAgentBodySchema,
  CURRENT_PASSWORD_WRONG_MESSAGE,
  SIGN_IN_FAILED_MESSAGE,
  signInBodySchema,
  type ApiSessionResponse,
} from '../../contract/auth-api';
import {
  CHOSEN_PASSWORD_MIN_LENGTH,
  passwordLength,
  roleAtLeast,
  type AgentRole,
  type PublicAgent,
} from '../../contract/auth';
import { apiErrorResponse } from './api-responses';
import { agentStore, mockSession } from './agent-store';
import { validationError } from './validation-error';

const api = (pattern: string) => `*${pattern}`;

const UNAUTHENTICATED_MESSAGE = 'Sign in to continue.';

export function unauthenticated() {
  return apiErrorResponse(401, 'UNAUTHENTICATED', UNAUTHENTICATED_MESSAGE);
}

/** The BFF's 403: the role needed travels with it so the SPA can name it. */
export function forbidden(requiredRole: AgentRole) {
  return apiErrorResponse(403, 'FORBIDDEN', `This needs the ${requiredRole} role.`, { requiredRole });
}

/** The signed-in agent's role is enough, or the 401/403 response the BFF would send instead. */
export function requireRole(required: AgentRole) {
  const agent = mockSession.current();
  if (!agent) return { refused: unauthenticated() } as const;
  if (!roleAtLeast(agent.role, required)) return { refused: forbidden(required) } as const;
  return { agent } as const;
}

/** The session as GET /api/auth/me answers it, or null when signed out. */
function sessionAnswer(): ApiSessionResponse | null {
  const agent = mockSession.current();
  if (!agent) return null;
  return { agent, method: 'password', mustChangePassword: agentStore.mustChangePassword(agent.id) };
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

function needsJson(request: Request) {
  return request.headers.get('content-type')?.startsWith('application/json')
    ? null
    : apiErrorResponse(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
}

export const authHandlers = [
  http.post(api(API_PATHS.signIn), async ({ request }) => {
    const notJson = needsJson(request);
    if (notJson) return notJson;
    const body = signInBodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) return validationError(body.error);
    const agent = agentStore.checkPassword(body.data.email, body.data.password);
    if (!agent) return apiErrorResponse(401, 'INVALID_CREDENTIALS', SIGN_IN_FAILED_MESSAGE);
    mockSession.signIn(agent.id);
    return HttpResponse.json(sessionAnswer());
  }),

  http.post(api(API_PATHS.signOut), () => {
    mockSession.signOut();
    return new HttpResponse(null, { status: 204 });
  }),

  http.get(api(API_PATHS.me), () => {
    const session = sessionAnswer();
    return session ? HttpResponse.json(session) : unauthenticated();
  }),

  http.post(api(API_PATHS.changePassword), async ({ request }) => {
    const agent = mockSession.current();
    if (!agent) return unauthenticated();
    const notJson = needsJson(request);
    if (notJson) return notJson;
    const body = apiChangePasswordBodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) return validationError(body.error);
    const current = agentStore.passwordOf(agent.id)!;
    if (body.data.currentPassword !== current) {
      return apiErrorResponse(403, 'INVALID_CREDENTIALS', CURRENT_PASSWORD_WRONG_MESSAGE, {
        fields: { currentPassword: 'is incorrect' },
      });
    }
    const weak = weakReason(body.data.newPassword, agent, current);
    if (weak) {
      return apiErrorResponse(400, 'WEAK_PASSWORD', `The new password ${weak}.`, {
        fields: { newPassword: weak },
      });
    }
    // The BFF ends every other session and starts a new one here; the mock browser has only this one.
    agentStore.changePassword(agent.id, body.data.newPassword);
    return HttpResponse.json(sessionAnswer());
  }),

  http.get(api(API_PATHS.agents), () => {
    const access = requireRole('admin');
    if ('refused' in access) return access.refused;
    return HttpResponse.json({ agents: agentStore.list() });
  }),

  http.post(api(API_PATHS.agents), async ({ request }) => {
    const access = requireRole('admin');
    if ('refused' in access) return access.refused;
    const notJson = needsJson(request);
    if (notJson) return notJson;
    const body = apiNewAgentBodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) return validationError(body.error);
    if (agentStore.emailTaken(body.data.email)) {
      return apiErrorResponse(409, 'AGENT_EXISTS', `An agent with email ${body.data.email} already exists.`, {
        fields: { email: 'is taken' },
      });
    }
    return HttpResponse.json(agentStore.add(body.data), { status: 201 });
  }),

  http.patch(api('/api/agents/:id'), async ({ params, request }) => {
    const access = requireRole('admin');
    if ('refused' in access) return access.refused;
    const notJson = needsJson(request);
    if (notJson) return notJson;
    const body = apiAgentPatchBodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) return validationError(body.error);
    const target = agentStore.find(String(params.id));
    if (!target) return apiErrorResponse(404, 'AGENT_NOT_FOUND', 'No agent with this id exists.');
    const demotes = body.data.role !== undefined && body.data.role !== 'admin';
    if (target.id === access.agent.id && (body.data.disabled || demotes)) {
      return apiErrorResponse(
        409,
        'OWN_ACCOUNT_LOCKED',
        'You cannot disable or demote your own account; ask another admin to do it.',
      );
    }
    return HttpResponse.json({ agent: agentStore.update(target.id, body.data) });
  }),

  http.post(api('/api/agents/:id/reset-password'), ({ params, request }) => {
    const access = requireRole('admin');
    if ('refused' in access) return access.refused;
    const notJson = needsJson(request);
    if (notJson) return notJson;
    const target = agentStore.find(String(params.id));
    if (!target) return apiErrorResponse(404, 'AGENT_NOT_FOUND', 'There is no agent with this id.');
    return HttpResponse.json({ oneTimePassword: agentStore.resetPassword(target.id) });
  }),
];
