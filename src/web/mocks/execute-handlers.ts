/**
 * MSW handlers for the safe execute and the audit log, behaving like the BFF where the SPA can
 * tell (docs/security.md E1–E6): role, body and Idempotency-Key checks; one intent at a time; an audit
 * entry for every attempt; a successful key replays its answer; an executed transaction is
 * refused. Capa's own refusals come as the BFF words them (TRANSACTION_NOT_EXECUTABLE, ...).
 */
import { http, HttpResponse } from 'msw';
import {
  apiExecuteBodySchema,
  transactionIdParamsSchema,
  type ApiErrorCode,
  type ApiExecuteResponse,
} from '../../contract/api';
import { AUDIT_PATHS, auditListQuerySchema } from '../../contract/audit-api';
import { roleAtLeast } from '../../contract/auth';
import {
  executeIdempotencyKey,
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyRefusal,
} from '../../contract/idempotency-key';
import { isValidTxHash, txHashFormat } from '../../contract/chains';
import { executeBlocker } from '../../contract/execute';
import { apiErrorResponse } from './api-responses';
import { auditStore } from './audit-store';
import { requireRole } from './auth-handlers';
import { findTransaction, setTransactionStatus } from './transaction-store';
import { validationError } from './validation-error';

const api = (pattern: string) => `*${pattern}`;

export const executeHandlers = [
  http.post(api('/api/transactions/:id/execute'), async ({ params, request }) => {
    const access = requireRole('operator');
    if ('refused' in access) return access.refused;
    const { agent } = access;
    if (!request.headers.get('content-type')?.startsWith('application/json')) {
      return apiErrorResponse(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
    }
    const id = transactionIdParamsSchema.safeParse({ id: params.id });
    if (!id.success) return validationError(id.error);
    const body = apiExecuteBodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) return validationError(body.error);
    const key = executeIdempotencyKey(request.headers.get(IDEMPOTENCY_KEY_HEADER));
    if (key === null) {
      const { message, fields } = idempotencyKeyRefusal();
      return apiErrorResponse(400, 'VALIDATION_ERROR', message, { fields });
    }
    // Every answer carries the key, so the SPA can retry the same intent.
    const headers = { [IDEMPOTENCY_KEY_HEADER]: key };
    const transactionId = id.data.id;
    const hash = body.data.transactionHash ?? null;

    const replayed = auditStore.replay(key);
    if (replayed?.transactionId === transactionId) {
      const answer: ApiExecuteResponse = { id: transactionId, status: replayed.status };
      return HttpResponse.json(answer, { headers });
    }

    const refuse = (
      status: number,
      code: ApiErrorCode,
      message: string,
      upstream?: { status: number; code: string; message: string },
    ) => {
      auditStore.attempt(agent, {
        transactionId,
        transactionHash: hash,
        idempotencyKey: key,
        outcome: upstream ? 'failed' : 'rejected',
        upstreamStatus: upstream?.status ?? null,
        upstreamCode: upstream?.code ?? code,
        upstreamMessage: upstream?.message ?? message,
      });
      return apiErrorResponse(status, code, message, { headers });
    };

    const trail = auditStore.forTransaction(transactionId);
    if (trail.blockingIntent?.state === 'pending') {
      return refuse(409, 'EXECUTE_IN_PROGRESS', 'Another execute of this transaction is in progress.');
    }
    if (trail.blockingIntent?.state === 'unknown') {
      return refuse(
        409,
        'EXECUTE_OUTCOME_UNKNOWN',
        'An earlier execute of this transaction has an unknown outcome; it is being resolved.',
      );
    }
    if (trail.executed) {
      return refuse(409, 'ALREADY_EXECUTED', 'This transaction was already executed through Rampdesk.');
    }
    const tx = findTransaction(transactionId);
    if (!tx) {
      return refuse(
        404,
        'TRANSACTION_NOT_FOUND',
        'Capa has no transaction with this id for our partner account.',
      );
    }
    const capaRefusal = { status: 400, code: 'INVALID_USER_INPUT_ERROR' };
    if (executeBlocker(tx)) {
      return refuse(
        400,
        'TRANSACTION_NOT_EXECUTABLE',
        'Capa refused to execute this transaction in its current state: it may have been executed already or moved on. Reload it to see its status.',
        { ...capaRefusal, message: 'Invalid transaction state transition' },
      );
    }
    if (hash && !isValidTxHash(tx.blockchainSymbol ?? '', hash)) {
      return refuse(
        400,
        'INVALID_TRANSACTION_HASH',
        `Capa did not accept the transaction hash: it must be ${txHashFormat(tx.blockchainSymbol ?? '')}.`,
        { ...capaRefusal, message: 'Invalid transaction hash' },
      );
    }
    auditStore.attempt(agent, {
      transactionId,
      transactionHash: hash,
      idempotencyKey: key,
      outcome: 'succeeded',
      upstreamStatus: 200,
    });
    auditStore.remember(key, { transactionId, status: 'PENDING' });
    setTransactionStatus(transactionId, 'PENDING');
    const answer: ApiExecuteResponse = { id: transactionId, status: 'PENDING' };
    return HttpResponse.json(answer, { headers });
  }),

  http.get(api(AUDIT_PATHS.audit), ({ request }) => {
    const access = requireRole('operator');
    if ('refused' in access) return access.refused;
    const params = new URL(request.url).searchParams;
    const keys = [...params.keys()];
    if (new Set(keys).size !== keys.length) {
      return apiErrorResponse(400, 'BAD_REQUEST', 'Each query parameter may appear only once.');
    }
    const query = auditListQuerySchema.safeParse(Object.fromEntries(params));
    if (!query.success) return validationError(query.error);
    const onlyAgentId = access.agent.role === 'admin' ? null : access.agent.id;
    return HttpResponse.json(auditStore.list(query.data, onlyAgentId));
  }),

  http.get(api('/api/transactions/:id/audit'), ({ params }) => {
    const access = requireRole('viewer');
    if ('refused' in access) return access.refused;
    const id = transactionIdParamsSchema.safeParse({ id: params.id });
    if (!id.success) return validationError(id.error);
    // Idempotency-Keys are for operators and admins, as the BFF sends them.
    return HttpResponse.json(
      auditStore.forTransaction(id.data.id, roleAtLeast(access.agent.role, 'operator')),
    );
  }),
];
