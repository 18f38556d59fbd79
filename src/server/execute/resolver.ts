import type { FastifyBaseLogger } from 'fastify';
import type { CapaClient } from '../upstream/client';
import type { IntentsRepo } from './intents-repo';
import { callExecute, settledHow } from './outcome';

/**
 * Settles unknown outcomes (docs/security.md E4) when a transaction is read: the status alone cannot
 * say (an executed off-ramp still reads PENDING, an executable status, docs/capa-api.md), so the intent's
 * request is sent again with its own Idempotency-Key. Capa replays its first answer when the first
 * request arrived, or performs it now when it never did: either way it happens once, and the answer
 * settles the intent. One resolution per transaction at a time here; the intent row (taken as
 * pending while re-sending) keeps other instances out.
 */
export function createResolver(client: CapaClient, intents: IntentsRepo, clock: () => Date) {
  const running = new Map<string, Promise<void>>();
  let closing = false;

  async function resolveNow(transactionId: string, log: FastifyBaseLogger) {
    // A plain read first: nearly every transaction has nothing to settle.
    if ((await intents.unresolved([transactionId])).length === 0) return;
    const intent = await intents.takeForResolution(transactionId);
    if (!intent) return;
    const { idempotencyKey, transactionHash } = intent;
    const body = { transactionId, ...(transactionHash ? { transactionHash } : {}) };
    const sentAt = clock();
    const result = await callExecute(client, body, idempotencyKey, log, true);
    await intents.settle(intent, result.state, null, settledHow(result, sentAt));
    log.info({ transactionId, idempotencyKey, outcome: result.state }, 'unknown execute outcome checked');
  }

  function resolve(transactionId: string, log: FastifyBaseLogger): Promise<void> {
    if (closing) return Promise.resolve();
    let run = running.get(transactionId);
    if (!run) {
      run = resolveNow(transactionId, log).finally(() => running.delete(transactionId));
      running.set(transactionId, run);
    }
    return run;
  }

  return {
    /** Settles this transaction's intent if its outcome is unknown; a no-op otherwise. */
    resolve,

    /** The same for a page of transactions, without making the reader wait. */
    async resolveInBackground(transactionIds: string[], log: FastifyBaseLogger): Promise<void> {
      if (closing) return;
      for (const id of await intents.unresolvedInPage(transactionIds)) {
        resolve(id, log).catch((error: unknown) => log.error({ err: error }, 'resolving an execute failed'));
      }
    },

    /** docs/security.md L3: no new resolutions; the running ones finish (each bounded by the call budget). */
    async close(): Promise<void> {
      closing = true;
      await Promise.allSettled([...running.values()]);
    },
  };
}

export type Resolver = ReturnType<typeof createResolver>;
