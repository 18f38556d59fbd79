/** MSW handlers for takes and notes, answering as src/server/routes/collaboration.ts does. */
import { HttpResponse } from 'msw';
import { z } from 'zod';
import { transactionIdParamsSchema } from '../../contract/api';
import {
  ACTIVITY_LIST_PARAMETERS,
  activityListQuerySchema,
  COLLABORATION_PATHS,
  noteBodySchema,
  type Take,
} from '../../contract/collaboration-api';
import { apiErrorResponse } from './api-responses';
import { apiRoute } from './api-route';
import { collaborationStore } from './collaboration-store';
import { findTransaction } from './transaction-store';

const ID = '/api/transactions/:id';
const empty = z.strictObject({});

function takenByAnother(take: Take) {
  const at = take.takenAt;
  return apiErrorResponse(
    409,
    'TAKEN_BY_ANOTHER',
    `${take.agentName} (${take.agentEmail}) has had this transaction since ${at.slice(11, 16)} UTC on ${at.slice(0, 10)}. Ask them, or an admin, to release it.`,
  );
}

const notFound = () =>
  apiErrorResponse(
    404,
    'TRANSACTION_NOT_FOUND',
    'No transaction with this id exists for our partner account.',
  );

export const collaborationHandlers = [
  apiRoute(
    'POST',
    `${ID}/take`,
    { auth: 'operator', params: transactionIdParamsSchema, body: empty },
    ({ agent, params }) => {
      const tx = findTransaction(params.id);
      if (!tx) return notFound();
      collaborationStore.seen(tx.id, tx.status);
      const result = collaborationStore.take(params.id, agent!);
      return 'heldBy' in result ? takenByAnother(result.heldBy) : HttpResponse.json({ take: result.taken });
    },
  ),

  apiRoute(
    'POST',
    `${ID}/release`,
    { auth: 'operator', params: transactionIdParamsSchema, body: empty },
    ({ agent, params }) => {
      const refused = collaborationStore.release(params.id, agent!);
      return refused ? takenByAnother(refused.heldBy) : HttpResponse.json({ take: null });
    },
  ),

  apiRoute(
    'POST',
    `${ID}/notes`,
    { auth: 'operator', params: transactionIdParamsSchema, body: noteBodySchema },
    ({ agent, params, body }) => {
      if (!findTransaction(params.id)) return notFound();
      return HttpResponse.json(collaborationStore.addNote(params.id, agent!, body.text), { status: 201 });
    },
  ),

  apiRoute('GET', `${ID}/notes`, { auth: 'viewer', params: transactionIdParamsSchema }, ({ params }) =>
    HttpResponse.json({ items: collaborationStore.notes(params.id) }),
  ),

  apiRoute('GET', `${ID}/activity`, { auth: 'viewer', params: transactionIdParamsSchema }, ({ params }) =>
    HttpResponse.json(collaborationStore.activity(params.id)),
  ),

  apiRoute(
    'GET',
    COLLABORATION_PATHS.auditActivity,
    { auth: 'operator', query: ACTIVITY_LIST_PARAMETERS, querystring: activityListQuerySchema },
    ({ query }) => HttpResponse.json(collaborationStore.list(query)),
  ),
];
