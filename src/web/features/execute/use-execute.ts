import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import {
  API_PATHS,
  apiExecuteResponseSchema,
  type ApiExecuteBody,
  type ApiExecuteResponse,
} from '../../../contract/api';
import type { Transaction } from '../../../contract/capa';
import { isExecutableStatus } from '../../../contract/execute';
import { IDEMPOTENCY_KEY_HEADER } from '../../../contract/idempotency-key';
import { apiPost } from '../../lib/api-client';
import { auditQueries } from '../../lib/audit-queries';
import { collaborationQueries } from '../../lib/collaboration-queries';
import { queueQueries } from '../../lib/queue-queries';
import { transactionQueries, updateTransactionInLists } from '../../lib/transaction-queries';

/**
 * A fresh key for one intent. crypto.randomUUID needs a secure context; getRandomValues works
 * everywhere, so a plain-http deployment still gets 128 random bits.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The new status on screen at once: the drawer's transaction and every cached table page. A copy
 * that already moved past an executable status is newer than the answer (a replayed key answers
 * PENDING) and is left alone.
 */
function showNewStatus(queryClient: QueryClient, answer: ApiExecuteResponse) {
  const update = (tx: Transaction) =>
    tx.id === answer.id && isExecutableStatus(tx.status) ? { ...tx, status: answer.status } : tx;
  queryClient.setQueryData<Transaction>(transactionQueries.detail(answer.id).queryKey, (tx) =>
    tx ? update(tx) : tx,
  );
  updateTransactionInLists(queryClient, answer.id, update);
}

/**
 * One execute intent of one transaction. The Idempotency-Key is made once per mount (the open
 * dialog) and sent with every attempt, so a retry after a lost answer or an unknown outcome is
 * the same intent to the BFF and to Capa (docs/security.md E3): at most one payout.
 */
export function useExecute(transactionId: string) {
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(newIdempotencyKey);
  // A second click lands before React re-renders the disabled button: refuse it here too.
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: (body: ApiExecuteBody) =>
      apiPost(API_PATHS.execute(transactionId), body, apiExecuteResponseSchema, {
        headers: { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey },
      }),
    onSuccess: (answer) => showNewStatus(queryClient, answer),
    onSettled: () => {
      inFlight.current = false;
      // Whatever happened, the trail has a new entry and Capa may have moved the transaction.
      void queryClient.invalidateQueries({ queryKey: auditQueries.all() });
      void queryClient.invalidateQueries({ queryKey: transactionQueries.all() });
      // A successful execute releases the take (the BFF does it): the drawer shows it at once.
      void queryClient.invalidateQueries({ queryKey: collaborationQueries.all() });
      void queryClient.invalidateQueries({ queryKey: queueQueries.all() });
    },
  });
  const submit = (
    body: ApiExecuteBody,
    callbacks: { onSuccess: (answer: ApiExecuteResponse) => void; onError?: (error: Error) => void },
  ) => {
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate(body, callbacks);
  };
  return {
    submit,
    idempotencyKey,
    pending: mutation.isPending,
    error: mutation.error,
    succeeded: mutation.isSuccess,
  };
}
