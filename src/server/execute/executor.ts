import type { FastifyBaseLogger } from 'fastify';
import type { ApiExecuteResponse } from '../../contract/api';
import type { Agent } from '../agents/agent';
import { isUniqueViolation } from '../db/errors';
import type { ApiHttpError } from '../errors';
import type { CapaClient } from '../upstream/client';
import { UpstreamFailure } from '../upstream/errors';
import { readFailureError } from '../upstream/messages';
import { readTransaction } from '../upstream/read-transaction';
import type { AuditRepo, NewAttempt } from './audit-repo';
import type { IntentsRepo } from './intents-repo';
import { callExecute, outcomeUnknownError, settledHow } from './outcome';
import { blockedBy, keyReusedWithOtherHash, keyUsedForOtherTransaction, refusalFor } from './refusals';
import type { Resolver } from './resolver';

export interface ExecuteCommand {
  agent: Agent;
  transactionId: string;
  transactionHash: string | null;
  idempotencyKey: string;
  log: FastifyBaseLogger;
}

export interface ExecutorDeps {
  client: CapaClient;
  audit: AuditRepo;
  intents: IntentsRepo;
  resolver: Resolver;
  clock: () => Date;
}

/**
 * The safe execute (docs/security.md E1–E6). Every attempt leaves an audit entry: refused ones at once
 * (outcome rejected, no call to Capa), the others written pending before the call and completed
 * after it. Money moves at most once because an attempt must first own the transaction's intent
 * row, and every call for that intent carries the intent's one Idempotency-Key.
 */
export function createExecutor({ client, audit, intents, resolver, clock }: ExecutorDeps) {
  async function refuse(attempt: NewAttempt, error: ApiHttpError): Promise<never> {
    await audit.record(attempt, {
      outcome: 'rejected',
      upstreamStatus: null,
      upstreamCode: error.code,
      upstreamMessage: error.message,
    });
    throw error;
  }

  /** Owns the intent (or is refused), calls Capa once with the intent's key, records the result. */
  async function call(attempt: NewAttempt, resend: boolean, log: FastifyBaseLogger) {
    let claim;
    try {
      claim = await intents.claim(attempt);
    } catch (error) {
      if (isUniqueViolation(error, 'execute_intents_idempotency_key_key')) {
        return refuse(attempt, keyUsedForOtherTransaction());
      }
      throw error;
    }
    if (!claim.claimed) return refuse(attempt, blockedBy(claim.blocking));
    const { transactionId, transactionHash, idempotencyKey } = attempt;
    const body = { transactionId, ...(transactionHash ? { transactionHash } : {}) };
    const sentAt = clock();
    const result = await callExecute(client, body, idempotencyKey, log, resend);
    const intent = { transactionId, idempotencyKey, auditEntryId: claim.entryId };
    try {
      await intents.settle(intent, result.state, result.answer, settledHow(result, sentAt));
    } catch (error) {
      // Capa has answered but the answer is not recorded: the intent stays pending until it is
      // stale, then resolved like any unknown outcome (E4). The agent must not try again meanwhile.
      log.error({ err: error, transactionId, idempotencyKey, outcome: result.state }, 'execute not recorded');
      throw outcomeUnknownError('Rampdesk could not record Capa’s answer');
    }
    log.info({ transactionId, idempotencyKey, outcome: result.state }, 'execute attempt recorded');
    if (result.state !== 'succeeded') throw result.error;
    return { id: transactionId, status: result.status };
  }

  return {
    async execute(command: ExecuteCommand): Promise<ApiExecuteResponse> {
      const { agent, transactionId, transactionHash, idempotencyKey, log } = command;
      const attempt: NewAttempt = {
        agentId: agent.id,
        agentEmail: agent.email,
        transactionId,
        transactionHash,
        idempotencyKey,
      };
      let intent = await intents.find(transactionId);

      // The same key again: a retry of that intent (E3), never a second execute.
      if (intent && intent.idempotencyKey === idempotencyKey && intent.state !== 'failed') {
        if (intent.transactionHash !== transactionHash) return refuse(attempt, keyReusedWithOtherHash());
        if (intent.state === 'pending') return refuse(attempt, blockedBy(intent));
        if (intent.state === 'unknown') return call(attempt, true, log);
        await audit.record(attempt, {
          outcome: 'succeeded',
          upstreamStatus: null,
          upstreamCode: null,
          upstreamMessage:
            'Replayed: this Idempotency-Key’s execute had already succeeded, so nothing was sent to Capa again.',
        });
        return { id: transactionId, status: 'PENDING' };
      }

      // E4: an unknown outcome is settled before anything new is considered.
      if (intent?.state === 'unknown') {
        await resolver.resolve(transactionId, log);
        intent = await intents.find(transactionId);
      }
      if (intent && intent.state !== 'failed') return refuse(attempt, blockedBy(intent));

      // E1: the transaction as Capa has it now, not as the agent's screen showed it.
      let refusal: ApiHttpError | null;
      try {
        refusal = refusalFor(await readTransaction(client, transactionId, log), transactionHash);
      } catch (error) {
        // Only a read so far: whatever Capa said, nothing was executed (the words say so).
        if (error instanceof UpstreamFailure) return refuse(attempt, readFailureError(error, 'check'));
        throw error;
      }
      if (refusal) return refuse(attempt, refusal);
      return call(attempt, false, log);
    },
  };
}

export type Executor = ReturnType<typeof createExecutor>;
