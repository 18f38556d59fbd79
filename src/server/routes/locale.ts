import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { API_PATHS } from '../../contract/api';
import { apiLocaleBodySchema, apiSessionResponseSchema } from '../../contract/auth-api';
import type { AgentsRepo } from '../agents/agents-repo';
import { sessionAnswer } from '../auth/session-answer';

/**
 * PUT /api/auth/locale: the language the agent chose in the SPA's menu, stored with the agent so
 * it follows them to any browser (docs/architecture.md, "Languages"). Any signed-in agent, for
 * themselves only; a CSRF-guarded write like every other (docs/security.md C1). The pseudo-locale
 * is not a LOCALES tag: it is refused here and lives in one browser's sessionStorage.
 */
export async function localeRoute(app: FastifyInstance, options: { agents: AgentsRepo }) {
  app.withTypeProvider<ZodTypeProvider>().put(
    API_PATHS.locale,
    {
      config: { auth: 'viewer' },
      schema: { body: apiLocaleBodySchema, response: { 200: apiSessionResponseSchema } },
    },
    async (request) => {
      const agent = await options.agents.setLocale(request.agent!.id, request.body.locale);
      request.log.info({ agentId: agent.id, locale: agent.locale }, 'language chosen');
      return sessionAnswer(agent, request.authMethod!);
    },
  );
}
