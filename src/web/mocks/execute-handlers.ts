/**
 * MSW handlers for the safe execute and the audit log, answering as the BFF's executor does
 * (src/server/execute/executor.ts, refusals.ts; docs/security.md E1–E6): the same refusals in the
 * same order, each recorded as `rejected` before any call to Capa; one intent at a time; a
 * successful key replays; an executed transaction is refused. Capa itself accepts every execute here.
 */
import { HttpResponse } from 'msw';
import { apiExecuteBodySchema, transactionIdParamsSchema, type ApiExecuteResponse } from '../../contract/api';
import { AUDIT_PATHS, auditListQuerySchema } from '../../contract/audit-api';
import { roleAtLeast, type PublicAgent } from '../../contract/auth';
import {
  executeIdempotencyKey,
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyRefusal,
} from '../../contract/idempotency-key';
import { apiErrorResponse } from './api-responses';
import { apiRoute } from './api-route';
import { auditStore } from './audit-store';
import { collaborationStore } from './collaboration-store';
import { blocked, keyProblem, notExecutable, type Refusal } from './execute-refusals';
import { setTransactionStatus } from './transaction-store';

const AUDIT_PARAMETERS = ['agent', 'outcome', 'transactionId', 'from', 'to', 'skip', 'limit'];

interface Attempt {
  agent: PublicAgent;
  transactionId: string;
  hash: string | null;
  key: string;
}

/** The BFF's refusal of an attempt: audited as rejected, answered with the key so the SPA may retry. */
function refuse({ agent, transactionId, hash, key }: Attempt, [status, code, message, fields]: Refusal) {
  auditStore.attempt(agent, {
    transactionId,
    transactionHash: hash,
    idempotencyKey: key,
    outcome: 'rejected',
    upstreamStatus: null,
    upstreamCode: code,
    upstreamMessage: message,
  });
  return apiErrorResponse(status, code, message, { fields, headers: { [IDEMPOTENCY_KEY_HEADER]: key } });
}

function execute(attempt: Attempt) {
  const { agent, transactionId, hash, key } = attempt;
  const headers = { [IDEMPOTENCY_KEY_HEADER]: key };
  const answer: ApiExecuteResponse = { id: transactionId, status: 'PENDING' };
  // The same key again: a retry of that intent (E3), never a second execute.
  const earlier = auditStore.replay(key);
  if (earlier?.transactionId === transactionId) {
    if (earlier.hash !== hash)
      return refuse(
        attempt,
        keyProblem('was already used for this transaction with a different transaction hash; use a new key'),
      );
    auditStore.attempt(agent, {
      transactionId,
      transactionHash: hash,
      idempotencyKey: key,
      outcome: 'succeeded',
      upstreamMessage:
        'Replayed: this Idempotency-Key’s execute had already succeeded, so nothing was sent to Capa again.',
    });
    return HttpResponse.json(answer, { headers });
  }
  const refusal =
    blocked(transactionId) ??
    notExecutable(transactionId, hash) ??
    (earlier ? keyProblem('was already used for another transaction; use a new key') : null);
  if (refusal) return refuse(attempt, refusal);
  auditStore.attempt(agent, {
    transactionId,
    transactionHash: hash,
    idempotencyKey: key,
    outcome: 'succeeded',
    upstreamStatus: 200,
  });
  auditStore.remember(key, { transactionId, hash, status: 'PENDING' });
  setTransactionStatus(transactionId, 'PENDING');
  collaborationStore.releaseExecuted(transactionId, agent);
  return HttpResponse.json(answer, { headers });
}

export const executeHandlers = [
  apiRoute(
    'POST',
    '/api/transactions/:id/execute',
    { auth: 'operator', params: transactionIdParamsSchema, body: apiExecuteBodySchema },
    ({ request, agent, params, body }) => {
      const key = executeIdempotencyKey(request.headers.get(IDEMPOTENCY_KEY_HEADER));
      if (key === null) {
        const { message, fields } = idempotencyKeyRefusal();
        return apiErrorResponse(400, 'VALIDATION_ERROR', message, { fields });
      }
      const transactionId = params.id;
      return execute({ agent: agent!, transactionId, hash: body.transactionHash ?? null, key });
    },
  ),

  // Operators read their own attempts; admins everyone's.
  apiRoute(
    'GET',
    AUDIT_PATHS.audit,
    { auth: 'operator', query: AUDIT_PARAMETERS, querystring: auditListQuerySchema },
    ({ agent, query }) =>
      HttpResponse.json(auditStore.list(query, agent!.role === 'admin' ? null : agent!.id)),
  ),

  // Viewers too; the Idempotency-Keys only for operators and admins, as the BFF sends them.
  apiRoute(
    'GET',
    '/api/transactions/:id/audit',
    { auth: 'viewer', params: transactionIdParamsSchema },
    ({ agent, params }) =>
      HttpResponse.json(
        auditStore.forTransaction(params.id.toLowerCase(), roleAtLeast(agent!.role, 'operator')),
      ),
  ),
];
