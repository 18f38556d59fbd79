import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { API_PATHS, apiConfigSchema, type DemoAgent, type Environment } from '../../contract/api';

export interface ConfigRouteOptions {
  environment: Environment;
  upstreamBaseUrl: string;
  /** Listed only in the sandbox, where their passwords are sandbox data. */
  demoAgents?: readonly DemoAgent[];
  /** Offer the pseudo-locale in the SPA's language menu (PSEUDO_LOCALE, default false). */
  pseudoLocale?: boolean;
}

/** What the SPA needs before sign-in: the environment banner and where we point. Never a secret. */
export async function configRoutes(app: FastifyInstance, options: ConfigRouteOptions) {
  const { environment, upstreamBaseUrl, demoAgents, pseudoLocale = false } = options;
  // Host (and port) only: no scheme, path or credentials.
  const upstreamHost = new URL(upstreamBaseUrl).host;
  const body = {
    environment,
    upstreamHost,
    pseudoLocale,
    ...(environment === 'sandbox' && demoAgents?.length ? { demoAgents: [...demoAgents] } : {}),
  };
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      API_PATHS.config,
      { config: { auth: 'public' }, schema: { response: { 200: apiConfigSchema } } },
      async () => body,
    );
}
