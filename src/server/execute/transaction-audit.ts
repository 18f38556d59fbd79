import type { FastifyBaseLogger } from 'fastify';
import type { AuditEntry, TrailEntry, TransactionAuditResponse } from '../../contract/audit-api';
import type { AuditRepo } from './audit-repo';
import type { IntentsRepo } from './intents-repo';
import type { Resolver } from './resolver';

function withoutKey({ idempotencyKey: _key, ...rest }: AuditEntry): TrailEntry {
  return rest;
}

/**
 * The drawer's view of one transaction's execute attempts (GET /api/transactions/:id/audit). Reading
 * it settles an unknown outcome first (E4), so what it says is as current as Capa can make it.
 */
export async function transactionAudit(
  transactionId: string,
  deps: { audit: AuditRepo; intents: IntentsRepo; resolver: Resolver },
  log: FastifyBaseLogger,
  /** Idempotency-Keys are for those who may execute (operators, admins); viewers get none. */
  withKeys: boolean,
): Promise<TransactionAuditResponse> {
  await deps.resolver.resolve(transactionId, log);
  const [items, intent] = await Promise.all([
    deps.audit.forTransaction(transactionId),
    deps.intents.find(transactionId),
  ]);
  let executed: TransactionAuditResponse['executed'] = null;
  if (intent?.state === 'succeeded') {
    // The first attempt with the intent's key: a later one with the same key only confirmed it.
    const first = items.findLast(
      (e) => e.idempotencyKey === intent.idempotencyKey && e.outcome === 'succeeded',
    );
    executed = first
      ? { agentEmail: first.agentEmail, at: first.createdAt }
      : { agentEmail: intent.agentEmail, at: intent.createdAt.toISOString() };
  }
  const blockingIntent =
    intent && (intent.state === 'pending' || intent.state === 'unknown')
      ? { state: intent.state, agentEmail: intent.agentEmail, since: intent.createdAt.toISOString() }
      : null;
  return { items: withKeys ? items : items.map(withoutKey), executed, blockingIntent };
}
