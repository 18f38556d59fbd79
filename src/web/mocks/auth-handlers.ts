/** MSW handlers for sign-in, the session and agent management, behaving like the BFF's routes. */
import { HttpResponse } from 'msw';
import { API_PATHS } from '../../contract/api';
import {
  agentIdParamsSchema,
  apiAgentPatchBodySchema,
  apiNewAgentBodySchema,
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

export const authHandlers = [
  apiRoute('POST', API_PATHS.signIn, { auth: 'public', body: signInBodySchema }, ({ body }) => {
    const agent = agentStore.checkPassword(body.email, body.password);
    if (!agent) return apiErrorResponse(401, 'INVALID_CREDENTIALS', SIGN_IN_FAILED_MESSAGE);
    mockSession.signIn(agent.id);
    const answer: ApiSessionResponse = { agent: mockSession.current()!, method: 'password' };
    return HttpResponse.json(answer);
  }),

  apiRoute('POST', API_PATHS.signOut, { auth: 'viewer' }, () => {
    mockSession.signOut();
    return new HttpResponse(null, { status: 204 });
  }),

  apiRoute('GET', API_PATHS.me, { auth: 'viewer' }, ({ agent }) => {
    const answer: ApiSessionResponse = { agent: agent!, method: 'password' };
    return HttpResponse.json(answer);
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
