import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { API_PATHS } from '../../contract/api';
import {
  apiSessionProbeSchema,
  apiSessionResponseSchema,
  SIGN_IN_FAILED_MESSAGE,
  signInBodySchema,
} from '../../contract/auth-api';
import { normalizeEmail } from '../agents/agent';
import type { AgentsRepo } from '../agents/agents-repo';
import { sessionAnswer } from '../auth/session-answer';
import type { SessionCookie } from '../auth/session-cookie';
import type { RateLimit, RateLimitSettings } from '../config/auth';
import { ApiHttpError } from '../errors';
import { clientKey, rateLimited } from '../rate-limit/rate-limits';
import type { SessionsRepo } from '../sessions/sessions-repo';

export interface AuthRouteOptions {
  agents: AgentsRepo;
  sessions: SessionsRepo;
  cookie: SessionCookie;
  limits: Pick<RateLimitSettings, 'signInPerAccountAndIp' | 'signInPerIp' | 'signInPerAccount'>;
  clock: () => Date;
  /** Takes one count back from a rate-limit key (a sign-in that succeeded or was never checked). */
  refund: (key: string) => Promise<void>;
}

const TOO_MANY = 'Too many failed sign-ins for this email or from this network.';

export async function authRoutes(app: FastifyInstance, options: AuthRouteOptions) {
  const { agents, sessions, cookie, limits, clock, refund } = options;
  const api = app.withTypeProvider<ZodTypeProvider>();

  // SECURITY A4: failed sign-ins are counted per email and address together, per address, and per
  // email from everywhere (a much higher ceiling; the numbers and why: RateLimitSettings), in the
  // database so every instance sees the same counters. Each attempt is counted before its password
  // is checked and a success gives its counts back: a burst of simultaneous guesses cannot all slip
  // past a peek at the counter, at most `max` of them are ever checked.
  const emailOf = (request: FastifyRequest) => normalizeEmail((request.body as { email: string }).email);
  const limiter = (limit: RateLimit, key: (request: FastifyRequest) => string) =>
    app.createRateLimit({ max: limit.max, timeWindow: limit.windowMs, keyGenerator: key });
  const counters = [
    // An address never holds a space and comes first: the pair is unambiguous, whatever the email.
    limiter(limits.signInPerAccountAndIp, (r) => `sign-in:ip-email:${clientKey(r)} ${emailOf(r)}`),
    limiter(limits.signInPerIp, (r) => `sign-in:ip:${clientKey(r)}`),
    limiter(limits.signInPerAccount, (r) => `sign-in:email:${emailOf(r)}`),
  ];

  api.post(
    API_PATHS.signIn,
    {
      config: { auth: 'public' },
      schema: { body: signInBodySchema, response: { 200: apiSessionResponseSchema } },
    },
    async (request, reply) => {
      const counted = await Promise.all(counters.map((count) => count(request)));
      const giveBack = () => Promise.all(counted.map((status) => refund(status.key))).then(() => {});
      const exceeded = counted.find((status) => !status.isAllowed && status.isExceeded);
      if (exceeded && !exceeded.isAllowed) {
        // Refused before any check: not a failure, and the counter stays at its limit.
        await giveBack();
        throw rateLimited(TOO_MANY, exceeded.ttl);
      }
      const { email, password } = request.body;
      const agent = await agents.verifyCredentials(email, password);
      if (!agent) {
        request.log.info('sign-in failed');
        throw new ApiHttpError(401, 'INVALID_CREDENTIALS', SIGN_IN_FAILED_MESSAGE);
      }
      await giveBack();
      // A new session id on every sign-in (SECURITY A3); the one this browser had ends now.
      const previous = cookie.read(request);
      if (previous) await sessions.revoke(previous);
      const now = clock();
      const { token } = await sessions.create(
        agent.id,
        { userAgent: request.headers['user-agent'] ?? null, ip: request.ip },
        now,
      );
      await agents.recordSignIn(agent.id, now);
      cookie.set(reply, token);
      request.log.info({ agentId: agent.id }, 'signed in');
      // SECURITY A6: with mustChangePassword the SPA goes straight to choosing a password; the BFF
      // refuses anything else. The stored locale lets the SPA switch to the agent's language at once.
      return sessionAnswer({ ...agent, lastSignInAt: now }, 'password');
    },
  );

  api.post(API_PATHS.signOut, { config: { auth: 'viewer' } }, async (request, reply) => {
    const token = cookie.read(request);
    if (token) await sessions.revoke(token);
    cookie.clear(reply);
    request.log.info({ agentId: request.agent?.id }, 'signed out');
    return reply.code(204).send();
  });

  api.get(
    API_PATHS.me,
    { config: { auth: 'viewer' }, schema: { response: { 200: apiSessionResponseSchema } } },
    async (request) => sessionAnswer(request.agent!, request.authMethod!),
  );

  // docs/security.md A1: public, so "am I signed in?" is answered 200 either way and the SPA's
  // check logs no failed request; it says only who this request's own session belongs to.
  api.get(
    API_PATHS.session,
    { config: { auth: 'public' }, schema: { response: { 200: apiSessionProbeSchema } } },
    async (request, reply) => {
      const identified = await app.identifyAgent(request, reply);
      if (!identified || 'refused' in identified) return { agent: null };
      return sessionAnswer(identified.agent, identified.method);
    },
  );
}
