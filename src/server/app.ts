import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { UPSTREAM_DEFAULTS, type Config } from './config';
import { loggerOptions } from './logging';
import { registerErrorHandler, sendError } from './plugins/error-handler';
import { registerNoStore } from './plugins/no-store';
import { registerStaticSpa } from './plugins/static-spa';
import { genReqId, registerRequestId } from './request-id';
import { configRoutes } from './routes/config';
import { executeRoutes } from './routes/execute';
import { healthRoutes } from './routes/health';
import { transactionRoutes } from './routes/transactions';
import { createCapaClient } from './upstream/client';

/** Our bodies are a few hundred bytes; anything near this is a mistake or an attack (SECURITY P3). */
export const BODY_LIMIT = 16 * 1024;

/** The BFF, built but not listening: tests inject or listen on port 0; start-server.ts listens for real. */
export async function buildApp(config: Config): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.logger),
    genReqId,
    requestIdHeader: false,
    bodyLimit: BODY_LIMIT,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // SECURITY L1: slow clients are cut off. requestTimeout bounds receiving a request, not our
    // answer, so it need not cover upstream time; the socket idle timeout must.
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    keepAliveTimeout: 10_000,
    http: { headersTimeout: 15_000, connectionsCheckingInterval: 5_000 },
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: (error, request, reply) => sendError(error, request, reply),
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: a text/plain body is refused with 415 instead of reaching a handler as a string.
  app.removeContentTypeParser('text/plain');

  registerRequestId(app);
  registerNoStore(app);
  registerErrorHandler(app);

  const client = createCapaClient(config.upstream, app.log);
  app.addHook('onClose', async () => client.close());

  await app.register(transactionRoutes, { client });
  await app.register(executeRoutes, { client });
  await app.register(configRoutes, {
    environment: config.environment,
    upstreamBaseUrl: config.upstream.baseUrl,
  });
  await app.register(healthRoutes, {
    client,
    readyTimeoutMs: config.upstream.readyTimeoutMs ?? UPSTREAM_DEFAULTS.readyTimeoutMs,
  });
  await registerStaticSpa(app, config.staticDir);
  return app;
}
