import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { API_PATHS } from '../../contract/api';
import {
  apiChangePasswordBodySchema,
  apiSessionResponseSchema,
  CURRENT_PASSWORD_WRONG_MESSAGE,
} from '../../contract/auth-api';
import type { AgentsRepo } from '../agents/agents-repo';
import { weakPasswordReason } from '../auth/password-policy';
import { sessionAnswer } from '../auth/session-answer';
import type { SessionCookie } from '../auth/session-cookie';
import type { RateLimit } from '../config/auth';
import { ApiHttpError } from '../errors';
import { rateLimited } from '../rate-limit/rate-limits';
import type { SessionsRepo } from '../sessions/sessions-repo';

export interface ChangePasswordOptions {
  agents: AgentsRepo;
  sessions: SessionsRepo;
  cookie: SessionCookie;
  limit: RateLimit;
  clock: () => Date;
  /** Takes one count back from a rate-limit key (the current password was right). */
  refund: (key: string) => Promise<void>;
}

const TOO_MANY = 'Too many wrong current passwords for this account.';

/**
 * POST /api/auth/change-password (docs/security.md A6): the one thing an agent signed in with a
 * one-time password may do, and what every agent may do whenever they like.
 */
export async function changePasswordRoute(app: FastifyInstance, options: ChangePasswordOptions) {
  const { agents, sessions, cookie, limit, clock, refund } = options;
  const api = app.withTypeProvider<ZodTypeProvider>();
  // Counted before the current password is checked and given back when it was right, as sign-in's
  // counters are (A4): per agent, since only a signed-in agent gets here.
  const count = app.createRateLimit({
    max: limit.max,
    timeWindow: limit.windowMs,
    keyGenerator: (request) => `change-password:agent:${request.agent!.id}`,
  });

  api.post(
    API_PATHS.changePassword,
    {
      config: { auth: 'viewer' },
      schema: { body: apiChangePasswordBodySchema, response: { 200: apiSessionResponseSchema } },
    },
    async (request, reply) => {
      const agent = request.agent!;
      if (request.authMethod !== 'password') {
        throw new ApiHttpError(
          409,
          'PASSWORD_CHANGE_UNAVAILABLE',
          'You signed in through single sign-on: your password is managed there, not in Rampdesk.',
        );
      }
      const counted = await count(request);
      if (!counted.isAllowed && counted.isExceeded) {
        await refund(counted.key);
        throw rateLimited(TOO_MANY, counted.ttl);
      }
      const { currentPassword, newPassword } = request.body;
      // By email, as sign-in checks it: one full scrypt, and a disabled agent is refused too.
      const verified = await agents.verifyCredentials(agent.email, currentPassword);
      if (verified?.id !== agent.id) {
        request.log.info({ agentId: agent.id }, 'password change refused: wrong current password');
        // 403, not 401: the session is fine, and a 401 would tell the SPA it had ended.
        throw new ApiHttpError(403, 'INVALID_CREDENTIALS', CURRENT_PASSWORD_WRONG_MESSAGE, {
          fields: { currentPassword: 'is incorrect' },
        });
      }
      await refund(counted.key);

      const weak = await weakPasswordReason(newPassword, agent, currentPassword);
      if (weak) {
        throw new ApiHttpError(400, 'WEAK_PASSWORD', `The new password ${weak}.`, {
          fields: { newPassword: weak },
        });
      }
      // Ends every session of the agent, this one included, in the same transaction: whoever held
      // the one-time password (or a session opened with it) is out. This browser goes on with a
      // new session id, as after a sign-in (A3).
      const changed = await agents.changePassword(agent.id, newPassword);
      const { token } = await sessions.create(
        agent.id,
        { userAgent: request.headers['user-agent'] ?? null, ip: request.ip },
        clock(),
      );
      cookie.set(reply, token);
      request.log.info({ agentId: agent.id }, 'password changed; other sessions ended');
      return sessionAnswer(changed, 'password');
    },
  );
}
