import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { transactionIdParamsSchema } from '../../contract/api';
import {
  AUDIT_LIST_PARAMETERS,
  AUDIT_PATHS,
  auditListQuerySchema,
  auditListResponseSchema,
  transactionAuditResponseSchema,
} from '../../contract/audit-api';
import { roleAtLeast } from '../../contract/auth';
import type { AuditRepo } from '../execute/audit-repo';
import type { IntentsRepo } from '../execute/intents-repo';
import type { Resolver } from '../execute/resolver';
import { transactionAudit } from '../execute/transaction-audit';

/** The execute audit trail (docs/security.md E5, E6) as the SPA reads it (src/contract/audit-api.ts). */
export async function auditRoutes(
  app: FastifyInstance,
  deps: { audit: AuditRepo; intents: IntentsRepo; resolver: Resolver },
) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  // Operators may read the log, but only their own attempts; admins everyone's (docs/security.md A2).
  api.get(
    AUDIT_PATHS.audit,
    {
      config: { auth: 'operator', query: AUDIT_LIST_PARAMETERS },
      schema: { querystring: auditListQuerySchema, response: { 200: auditListResponseSchema } },
    },
    async (request) => {
      const agent = request.agent!;
      return deps.audit.list(request.query, agent.role === 'admin' ? null : agent.id);
    },
  );

  // Viewers too: the trail explains a transaction's status (who executed it, when). Its
  // Idempotency-Keys are for operators and admins only.
  api.get(
    '/api/transactions/:id/audit',
    {
      config: { auth: 'viewer' },
      schema: { params: transactionIdParamsSchema, response: { 200: transactionAuditResponseSchema } },
    },
    async (request) =>
      transactionAudit(request.params.id, deps, request.log, roleAtLeast(request.agent!.role, 'operator')),
  );
}
