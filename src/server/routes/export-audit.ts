import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { API_PATHS } from '../../contract/api';
import { exportAuditListSchema, exportAuditQuerySchema } from '../../contract/reconciliation-api';
import type { ExportAuditRepo } from '../exports/export-audit-repo';

/** GET /api/audit/exports: admins read everyone's exports, operators their own (docs/security.md X3). */
export async function exportAuditRoutes(
  app: FastifyInstance,
  { exportAudit }: { exportAudit: ExportAuditRepo },
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    API_PATHS.exportAudit,
    {
      config: { auth: 'operator', query: ['skip', 'limit'] },
      schema: { querystring: exportAuditQuerySchema, response: { 200: exportAuditListSchema } },
    },
    async (request) => {
      const agent = request.agent!;
      return exportAudit.list(request.query, agent.role === 'admin' ? null : agent.id);
    },
  );
}
