/** MSW handlers for sign-in, the session and agent management, behaving like the BFF's routes. */
import { http, HttpResponse } from 'msw';
import { API_PATHS } from '../../contract/api';
import {
  apiAgentPatchBodySchema,
  apiNewAgentBodySchema,
  SIGN_IN_FAILED_MESSAGE,
  signInBodySchema,
  type ApiSessionResponse,
} from '../../contract/auth-api';
import { roleAtLeast, type AgentRole } from '../../contract/auth';
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
    const answer: ApiSessionResponse = { agent: mockSession.current()!, method: 'password' };
    return HttpResponse.json(answer);
  }),

  http.post(api(API_PATHS.signOut), () => {
    mockSession.signOut();
    return new HttpResponse(null, { status: 204 });
  }),

  http.get(api(API_PATHS.me), () => {
    const agent = mockSession.current();
    if (!agent) return unauthenticated();
    const answer: ApiSessionResponse = { agent, method: 'password' };
    return HttpResponse.json(answer);
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
