import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { API_PATHS } from '../../contract/api';
import {
  agentIdParamsSchema,
  apiAgentListResponseSchema,
  apiAgentPatchBodySchema,
  apiAgentResponseSchema,
  apiNewAgentBodySchema,
  apiNewAgentResponseSchema,
  apiResetPasswordResponseSchema,
} from '../../contract/auth-api';
import { toPublicAgent } from '../agents/agent';
import { AgentExistsError, AgentInputError, AgentNotFoundError } from '../agents/agent-errors';
import type { AgentsRepo } from '../agents/agents-repo';
import { generatePassword } from '../agents/password';
import { ApiHttpError } from '../errors';

/** The repo's errors, whose messages are written for people, as API errors. */
function asApiError(error: unknown): unknown {
  if (error instanceof AgentNotFoundError) {
    return new ApiHttpError(404, 'AGENT_NOT_FOUND', 'There is no agent with this id.');
  }
  if (error instanceof AgentExistsError) {
    return new ApiHttpError(409, 'AGENT_EXISTS', `${error.message}.`, { fields: { email: 'is taken' } });
  }
  if (error instanceof AgentInputError) {
    return new ApiHttpError(400, 'VALIDATION_ERROR', `${error.message}.`, { fields: error.fields });
  }
  return error;
}

async function mapped<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw asApiError(error);
  }
}

/** Agent management for admins (the CLI does the same from a shell). */
export async function agentRoutes(app: FastifyInstance, { agents }: { agents: AgentsRepo }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const admin = { auth: 'admin' as const };
  const id = `${API_PATHS.agents}/:id`;

  api.get(
    API_PATHS.agents,
    {
      config: admin,
      schema: { response: { 200: apiAgentListResponseSchema } },
    },
    async () => ({ agents: (await agents.list()).map(toPublicAgent) }),
  );

  api.post(
    API_PATHS.agents,
    { config: admin, schema: { body: apiNewAgentBodySchema, response: { 201: apiNewAgentResponseSchema } } },
    async (request, reply) => {
      const oneTimePassword = generatePassword();
      const agent = await mapped(
        agents.create({ ...request.body, password: oneTimePassword }, { oneTime: true }),
      );
      request.log.info({ agentId: agent.id, role: agent.role, by: request.agent!.id }, 'agent added');
      return reply.code(201).send({ agent: toPublicAgent(agent), oneTimePassword });
    },
  );

  api.patch(
    id,
    {
      config: admin,
      schema: {
        params: agentIdParamsSchema,
        body: apiAgentPatchBodySchema,
        response: { 200: apiAgentResponseSchema },
      },
    },
    async (request) => {
      const { role, disabled } = request.body;
      const self = request.params.id === request.agent!.id;
      // An admin who demotes or disables themselves may leave nobody able to undo it.
      if (self && (disabled === true || (role !== undefined && role !== 'admin'))) {
        throw new ApiHttpError(
          409,
          'OWN_ACCOUNT_LOCKED',
          'You cannot disable or demote your own account; ask another admin to do it.',
        );
      }
      let agent = role === undefined ? null : await mapped(agents.setRole(request.params.id, role));
      if (disabled === true) agent = await mapped(agents.disable(request.params.id));
      if (disabled === false) agent = await mapped(agents.enable(request.params.id));
      request.log.info({ agentId: agent!.id, role, disabled, by: request.agent!.id }, 'agent changed');
      return { agent: toPublicAgent(agent!) };
    },
  );

  api.post(
    `${id}/reset-password`,
    {
      config: admin,
      schema: { params: agentIdParamsSchema, response: { 200: apiResetPasswordResponseSchema } },
    },
    async (request) => {
      // It would end the admin's own session mid-page; the agents CLI does it when really needed.
      if (request.params.id === request.agent!.id) {
        throw new ApiHttpError(
          409,
          'OWN_ACCOUNT_LOCKED',
          'You cannot reset your own password here; ask another admin, or use `npm run agents -- reset-password`.',
        );
      }
      const oneTimePassword = generatePassword();
      // Ends the agent's sessions in the same transaction.
      await mapped(agents.resetPassword(request.params.id, oneTimePassword, { oneTime: true }));
      request.log.info({ agentId: request.params.id, by: request.agent!.id }, 'password reset');
      return { oneTimePassword };
    },
  );
}
