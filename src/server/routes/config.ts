import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { API_PATHS, apiConfigSchema, type Environment } from '../../contract/api';

/** What the SPA needs before sign-in: the environment banner and where we point. Never a secret. */
export async function configRoutes(
  app: FastifyInstance,
  { environment, upstreamBaseUrl }: { environment: Environment; upstreamBaseUrl: string },
) {
  // Host (and port) only: no scheme, path or credentials.
  const upstreamHost = new URL(upstreamBaseUrl).host;
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(API_PATHS.config, { schema: { response: { 200: apiConfigSchema } } }, async () => ({
      environment,
      upstreamHost,
    }));
}
