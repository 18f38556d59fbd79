import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createAgentsRepo } from './agents/agents-repo';
import { registerAuth } from './auth/auth-plugin';
import { disableDemoAgents, seedDemoAgents } from './auth/demo-agents';
import { sessionCookie } from './auth/session-cookie';
import { registerSessionPurge } from './auth/session-purge';
import { createCollaboration } from './collaboration/collaboration';
import { RATE_LIMIT_DEFAULTS, SESSION_DEFAULTS } from './config/auth';
import { COLLABORATION_DEFAULTS } from './config/collaboration';
import { SERVER_TIMEOUTS, UPSTREAM_DEFAULTS, type Config } from './config/config';
import { OVERLOAD_DEFAULTS } from './config/overload';
import { openDatabase, type Database } from './db/database';
import { createAuditRepo } from './execute/audit-repo';
import { createExecutor } from './execute/executor';
import { createIntentsRepo } from './execute/intents-repo';
import { createResolver } from './execute/resolver';
import { createExportAuditRepo } from './exports/export-audit-repo';
import { createListViews } from './list-views/list-views';
import { loggerOptions } from './logging';
import { clientErrorHandler } from './plugins/client-errors';
import { registerCsrfGuard } from './plugins/csrf';
import { registerDraining } from './plugins/draining';
import { registerErrorHandler, sendError } from './plugins/error-handler';
import { originPolicy, registerHostGuard } from './plugins/host-guard';
import { registerNoStore } from './plugins/no-store';
import { registerOverloadGuard } from './plugins/overload';
import { registerQueryGuard } from './plugins/query-guard';
import { partnerKeySecrets, registerSecretScrub, scrubSecrets } from './plugins/secret-scrub';
import { registerSecurityHeaders } from './plugins/security-headers';
import { registerStaticSpa } from './plugins/static-spa';
import { databaseRateLimitRefund } from './rate-limit/database-store';
import { registerRateLimit } from './rate-limit/rate-limits';
import { genReqId, registerRequestId } from './request-id';
import { agentRoutes } from './routes/agents';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { changePasswordRoute } from './routes/change-password';
import { collaborationRoutes } from './routes/collaboration';
import { configRoutes } from './routes/config';
import { executeRoutes } from './routes/execute';
import { exportAuditRoutes } from './routes/export-audit';
import { healthRoutes } from './routes/health';
import { localeRoute } from './routes/locale';
import { queueRoutes } from './routes/queues';
import { createReadiness } from './routes/readiness';
import { reconciliationRoutes } from './routes/reconciliation';
import { transactionRoutes } from './routes/transactions';
import { createSessionsRepo } from './sessions/sessions-repo';
import { createCapaClient } from './upstream/client';

/** Our bodies are a few hundred bytes; anything near this is a mistake or an attack (SECURITY P3). */
export const BODY_LIMIT = 16 * 1024;

export interface AppDeps {
  /** An open database to use instead of opening config.database; the caller closes it. */
  database?: Database;
  /** Session expiry and rate-limit windows read this clock (tests move it). */
  clock?: () => Date;
  /** Sees every route as it is registered: tests enumerate the real routes with it. */
  onRoute?: (route: RouteOptions) => void;
}

/** The BFF, built but not listening: tests inject or listen on port 0; start-server.ts listens for real. */
export async function buildApp(config: Config, deps: AppDeps = {}): Promise<FastifyInstance> {
  const timeouts = { ...SERVER_TIMEOUTS, ...config.serverTimeouts };
  const secrets = partnerKeySecrets(config.upstream.apiKey);
  const app = Fastify({
    logger: loggerOptions(config.logger, secrets),
    genReqId,
    requestIdHeader: false,
    bodyLimit: BODY_LIMIT,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Only these proxies' X-Forwarded-For/-Proto/-Host count (request.ip, request.protocol).
    trustProxy: config.trustProxy?.length ? config.trustProxy : false,
    // SECURITY L1: slow clients are cut off. requestTimeout bounds receiving a request, not our
    // answer, so it need not cover upstream time; the socket idle timeout must.
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.connectionMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    http: { headersTimeout: timeouts.headersMs, connectionsCheckingInterval: timeouts.checkIntervalMs },
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: 200 },
    // Every answer is ours, whatever refused the request (SECURITY C3, C4): Node's HTTP parser
    // (431, 408, 400), Fastify's router (a bad URL) and Fastify while closing (503).
    clientErrorHandler,
    frameworkErrors: (error, request, reply) => sendError(error, request, reply),
    return503OnClosing: false,
  });
  if (deps.onRoute) app.addHook('onRoute', deps.onRoute);
  const clock = deps.clock ?? (() => new Date());
  const database =
    deps.database ?? (await openDatabase({ ...config.database, onPoolError: logPoolError(app) }));
  // Closed last (onClose hooks run in reverse), after in-flight requests are done with it.
  if (!deps.database) app.addHook('onClose', () => database.close());

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: a text/plain body is refused with 415 instead of reaching a handler as a string.
  app.removeContentTypeParser('text/plain');

  const agents = createAgentsRepo(database.db, { clock });
  const sessions = createSessionsRepo(database.db, {
    ...SESSION_DEFAULTS,
    ...config.sessions,
    clock,
    changes: database.changes,
  });
  await prepareDemoAgents(app, config, agents);

  registerRequestId(app);
  registerDraining(app);
  await registerOverloadGuard(app, { ...OVERLOAD_DEFAULTS, ...config.overload });
  registerSecurityHeaders(app);
  const origins = originPolicy(app, config.publicOrigins);
  registerHostGuard(app, origins);
  registerCsrfGuard(app, origins);
  const cookie = sessionCookie(config.cookieSecure ?? true);
  await registerAuth(app, { agents, sessions, cookie, sso: config.sso ?? null });
  registerSessionPurge(app, sessions);
  await registerRateLimit(app, database.db, clock);
  registerNoStore(app);
  registerQueryGuard(app);
  registerErrorHandler(app);
  // After every plugin with an onSend hook and before every route: it runs last on every answer.
  registerSecretScrub(app, secrets);

  const limits = { ...RATE_LIMIT_DEFAULTS, ...config.rateLimits };
  const client = createCapaClient(config.upstream, app.log);
  app.addHook('onClose', async () => client.close());
  const execute = executeServices(config, database, client, clock);
  // Registered after the client's hook, so it runs before it (docs/security.md L3): checks of unknown
  // outcomes still running finish, and are recorded, before the client and the database close.
  app.addHook('onClose', async () => execute.resolver.close());

  await app.register(authRoutes, {
    agents,
    sessions,
    cookie,
    limits,
    clock,
    refund: databaseRateLimitRefund(database.db),
  });
  await app.register(changePasswordRoute, {
    agents,
    sessions,
    cookie,
    limit: limits.changePasswordPerAgent,
    clock,
    refund: databaseRateLimitRefund(database.db),
  });
  await app.register(localeRoute, { agents });
  await app.register(agentRoutes, { agents });
  const collaboration = createCollaboration(
    database.db,
    database.sharedChanges,
    { ...COLLABORATION_DEFAULTS, ...config.collaboration },
    clock,
  );
  const views = createListViews(client, {
    queuesCacheMs: config.queuesCacheMs,
    clock,
    stuckCounts: collaboration.stuck.counts,
  });
  const exportAudit = createExportAuditRepo(database.db, clock);
  await app.register(transactionRoutes, {
    client,
    resolver: execute.resolver,
    views,
    collaboration,
    clock,
  });
  await app.register(collaborationRoutes, { collaboration, client, limit: limits.collaborationPerAgent });
  await app.register(reconciliationRoutes, {
    views,
    exportAudit,
    environment: config.environment,
    scrub: (text: string) => scrubSecrets(text, secrets),
    notesFor: (ids: readonly string[]) => collaboration.activity.notesFor(ids),
  });
  await app.register(exportAuditRoutes, { exportAudit });
  await app.register(queueRoutes, { queues: views.queues });
  await app.register(executeRoutes, {
    executor: execute.executor,
    limit: limits.executePerAgent,
    takes: collaboration.takes,
    // Ready to execute drops an executed off-ramp at once, not a cache lifetime later.
    onSettled: () => views.queues.invalidate(),
  });
  await app.register(auditRoutes, execute);
  await app.register(configRoutes, {
    environment: config.environment,
    upstreamBaseUrl: config.upstream.baseUrl,
    demoAgents: config.demoAgents,
    pseudoLocale: config.pseudoLocale,
  });
  const readiness = createReadiness({
    client,
    database,
    timeoutMs: config.upstream.readyTimeoutMs ?? UPSTREAM_DEFAULTS.readyTimeoutMs,
    cacheMs: config.upstream.readyCacheMs ?? UPSTREAM_DEFAULTS.readyCacheMs,
    clock,
  });
  await app.register(healthRoutes, { readiness });
  await registerStaticSpa(app, config.staticDir);
  return app;
}

function executeServices(
  config: Config,
  database: Database,
  client: ReturnType<typeof createCapaClient>,
  clock: () => Date,
) {
  const callBudgetMs = config.upstream.callBudgetMs ?? UPSTREAM_DEFAULTS.callBudgetMs;
  const audit = createAuditRepo(database.db, clock);
  const intents = createIntentsRepo(
    database.db,
    audit,
    clock,
    config.executeStaleAfterMs ?? callBudgetMs + 60_000,
    database.sharedChanges,
  );
  const resolver = createResolver(client, intents, clock);
  const executor = createExecutor({ client, audit, intents, resolver, clock });
  return { audit, intents, resolver, executor };
}

function logPoolError(app: FastifyInstance) {
  return (error: Error) => app.log.error({ err: error }, 'database connection lost');
}

/** Demo agents exist in the sandbox only; anywhere else they are disabled (their passwords are public). */
async function prepareDemoAgents(
  app: FastifyInstance,
  config: Config,
  agents: ReturnType<typeof createAgentsRepo>,
) {
  if (config.demoAgents?.length) {
    if (config.environment !== 'sandbox') throw new Error('demo agents are for the sandbox environment only');
    await seedDemoAgents(agents, config.demoAgents, app.log);
  } else if (config.environment !== 'sandbox') {
    await disableDemoAgents(agents, app.log);
  }
}
