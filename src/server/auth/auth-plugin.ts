import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_PATHS } from '../../contract/api';
import { ROLE_LABELS, roleAtLeast, type AgentRole } from '../../contract/auth';
import type { Agent } from '../agents/agent';
import type { AgentsRepo } from '../agents/agents-repo';
import type { SsoConfig } from '../config/auth';
import { ApiHttpError } from '../errors';
import type { SessionsRepo } from '../sessions/sessions-repo';
import type { SessionCookie } from './session-cookie';
import { createSsoAuthenticator } from './sso';

/** Who may call a route: anyone, or an agent with at least this role. */
export type RouteAccess = 'public' | AgentRole;

/** What a route gets when `config.auth` is not set: protected unless marked public. */
export const DEFAULT_ACCESS: RouteAccess = 'viewer';

/** Who sent a request: an agent, a refusal worth saying (an ended session), or nobody. */
export type Identified = { agent: Agent; method: 'password' | 'sso' } | { refused: string } | null;

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAccess;
  }
  interface FastifyInstance {
    /** The session check every protected route runs, for the public session probe to run too. */
    identifyAgent(request: FastifyRequest, reply: FastifyReply): Promise<Identified>;
  }
  interface FastifyRequest {
    /** The signed-in agent; null on public routes. */
    agent: Agent | null;
    authMethod: 'password' | 'sso' | null;
  }
}

export interface AuthOptions {
  agents: AgentsRepo;
  sessions: SessionsRepo;
  cookie: SessionCookie;
  sso: SsoConfig | null;
}

export function accessOf(request: FastifyRequest): RouteAccess {
  return request.routeOptions.config?.auth ?? DEFAULT_ACCESS;
}

function unauthenticated(message = 'Sign in to continue.') {
  return new ApiHttpError(401, 'UNAUTHENTICATED', message);
}

const ARTICLE: Record<AgentRole, string> = { viewer: 'a viewer', operator: 'an operator', admin: 'an admin' };

/**
 * SECURITY A6: all an agent signed in with a one-time password may do before choosing their own.
 * The language too: choosing a password is the first page a new agent reads, in their language.
 */
const OPEN_BEFORE_PASSWORD_CHANGE = new Set([
  `GET ${API_PATHS.me}`,
  `POST ${API_PATHS.changePassword}`,
  `POST ${API_PATHS.signOut}`,
  `PUT ${API_PATHS.locale}`,
]);

function routeKey(request: FastifyRequest): string {
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  return `${method} ${request.routeOptions.url}`;
}

/**
 * SECURITY A1, A2, A5, A6: one onRequest hook decides every route from its `config.auth`, so a route
 * added later is protected without anyone remembering to. Runs after the CSRF guard.
 */
export async function registerAuth(app: FastifyInstance, options: AuthOptions) {
  await app.register(cookie, { hook: 'onRequest' });
  app.decorateRequest('agent', null);
  app.decorateRequest('authMethod', null);
  const sso = options.sso ? createSsoAuthenticator(options.sso, options.agents) : null;

  const identify = async (request: FastifyRequest, reply: FastifyReply): Promise<Identified> => {
    const viaSso = sso ? await sso(request) : null;
    if (viaSso) return 'refused' in viaSso ? viaSso : { agent: viaSso.agent, method: 'sso' };
    const token = options.cookie.read(request);
    const found = token ? await options.sessions.lookup(token) : null;
    if (found) return { agent: found.agent, method: 'password' };
    if (token === undefined) return null;
    // Expired, signed out or forged: drop it so the browser stops sending it.
    options.cookie.clear(reply);
    return { refused: 'Your session has ended; sign in again.' };
  };
  app.decorate('identifyAgent', identify);

  app.addHook('onRequest', async (request, reply) => {
    // The not-found handler serves nothing a session would protect.
    if (request.is404) return;
    const required = accessOf(request);
    if (required === 'public') return;

    const identified = await identify(request, reply);
    if (!identified) throw unauthenticated();
    if ('refused' in identified) throw unauthenticated(identified.refused);
    request.agent = identified.agent;
    request.authMethod = identified.method;

    // Only a password sign-in used the admin's password; through SSO the agent proved who they are.
    if (
      request.authMethod === 'password' &&
      request.agent.mustChangePassword &&
      !OPEN_BEFORE_PASSWORD_CHANGE.has(routeKey(request))
    ) {
      throw new ApiHttpError(
        403,
        'PASSWORD_CHANGE_REQUIRED',
        'Choose your own password first: the one you signed in with was set by an admin and works only once.',
      );
    }

    const role = request.agent.role;
    if (!roleAtLeast(role, required)) {
      throw new ApiHttpError(
        403,
        'FORBIDDEN',
        `This needs the ${ROLE_LABELS[required]} role; you are ${ARTICLE[role]}. Ask an admin if you need it.`,
        { requiredRole: required },
      );
    }
  });
}
