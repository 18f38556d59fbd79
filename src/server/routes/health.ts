import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { READINESS_PATH, readinessReportSchema } from '../../contract/readiness-api';
import type { Readiness } from './readiness';

/**
 * docs/security.md L4. Probes run often: log them only when something is wrong. Public: load balancers
 * ask. L2: the answer is shared and briefly cached (readiness.ts), and says only ok or not; which
 * check failed, and how, is in the log and in the admins' report.
 */
export async function healthRoutes(app: FastifyInstance, opts: { readiness: Readiness }) {
  // Any Host: load balancers and orchestrators probe with an internal name or address (a pod IP,
  // a container name) that is no public origin, and these answers hold no data a rebinding page
  // could want. Nor do they take query parameters (plugins/query-guard.ts).
  const config = { auth: 'public' as const, anyHost: true };
  app.get('/health/live', { logLevel: 'warn', config }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { logLevel: 'warn', config }, async (request, reply) => {
    const report = await opts.readiness.check(request.log);
    return report.ready ? { status: 'ok' } : reply.code(503).send({ status: 'unavailable' });
  });

  app.withTypeProvider<ZodTypeProvider>().get(
    READINESS_PATH,
    {
      config: { auth: 'admin' },
      schema: { response: { 200: readinessReportSchema } },
    },
    async (request) => opts.readiness.check(request.log),
  );
}
