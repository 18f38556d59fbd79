import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { transactionIdParamsSchema } from '../../contract/api';
import {
  ACTIVITY_LIST_PARAMETERS,
  activityListQuerySchema,
  activityListResponseSchema,
  activityResponseSchema,
  COLLABORATION_PATHS,
  noteBodySchema,
  noteSchema,
  notesResponseSchema,
  takeResponseSchema,
  type Take,
} from '../../contract/collaboration-api';
import type { Collaboration } from '../collaboration/collaboration';
import type { RateLimit } from '../config/auth';
import { ApiHttpError } from '../errors';
import { perAgent } from '../rate-limit/rate-limits';
import type { CapaClient } from '../upstream/client';
import { asReadError } from '../upstream/messages';
import { readTransaction } from '../upstream/read-transaction';

const ID = '/api/transactions/:id';

/** "Ana Lopez (ana@example.com) has had this transaction since 10:42 UTC on 2026-05-01." */
function takenByAnother(take: Take): ApiHttpError {
  const at = new Date(take.takenAt).toISOString();
  return new ApiHttpError(
    409,
    'TAKEN_BY_ANOTHER',
    `${take.agentName} (${take.agentEmail}) has had this transaction since ${at.slice(11, 16)} UTC on ${at.slice(0, 10)}. ` +
      'Ask them, or an admin, to release it.',
  );
}

/**
 * Takes and notes (docs/security.md W1–W3). Writes are for operators and admins: viewers read only,
 * as everywhere else (A2). A take or a note is for a transaction of ours: it is read from Capa first
 * (404 otherwise), so no row is ever written for an id Capa does not know.
 */
export async function collaborationRoutes(
  app: FastifyInstance,
  { collaboration, client, limit }: { collaboration: Collaboration; client: CapaClient; limit: RateLimit },
) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { takes, activity, sightings } = collaboration;
  const rateLimit = perAgent(
    'collaboration',
    limit,
    'You have taken, released or noted many transactions in a short time.',
  );

  async function existing(id: string, log: FastifyBaseLogger) {
    const tx = await readTransaction(client, id, log).catch((error) => {
      throw asReadError(error, 'read');
    });
    if (!tx) {
      throw new ApiHttpError(
        404,
        'TRANSACTION_NOT_FOUND',
        'No transaction with this id exists for our partner account.',
      );
    }
    await sightings.record([{ id, status: tx.status }], log);
  }

  // Content-Type, X-CSRF and Origin are checked for every /api write by the CSRF guard (plugins/csrf.ts).
  // Take and release: an operator's write with an empty body, answered with the take in force after it.
  const takeWrite = {
    config: { auth: 'operator' as const, rateLimit },
    schema: {
      params: transactionIdParamsSchema,
      body: z.strictObject({}),
      response: { 200: takeResponseSchema },
    },
  };

  api.post(`${ID}/take`, takeWrite, async (request) => {
    await existing(request.params.id, request.log);
    const result = await takes.take(request.params.id, request.agent!);
    if ('heldBy' in result) throw takenByAnother(result.heldBy);
    return { take: result.taken };
  });

  api.post(`${ID}/release`, takeWrite, async (request) => {
    const result = await takes.release(request.params.id, request.agent!);
    if ('heldBy' in result) throw takenByAnother(result.heldBy);
    return { take: null };
  });

  api.post(
    `${ID}/notes`,
    {
      config: { auth: 'operator', rateLimit },
      schema: { params: transactionIdParamsSchema, body: noteBodySchema, response: { 201: noteSchema } },
    },
    async (request, reply) => {
      await existing(request.params.id, request.log);
      const note = await activity.addNote(request.params.id, request.agent!, request.body.text);
      return reply.code(201).send(note);
    },
  );

  api.get(
    `${ID}/notes`,
    {
      config: { auth: 'viewer' },
      schema: { params: transactionIdParamsSchema, response: { 200: notesResponseSchema } },
    },
    async (request) => ({ items: await activity.notes(request.params.id) }),
  );

  // The drawer polls this: who has it and since when the transaction is in each status.
  api.get(
    `${ID}/activity`,
    {
      config: { auth: 'viewer' },
      schema: { params: transactionIdParamsSchema, response: { 200: activityResponseSchema } },
    },
    async (request) => {
      const [take, seen] = await Promise.all([
        takes.find(request.params.id),
        sightings.forTransaction(request.params.id),
      ]);
      return { take, sightings: seen };
    },
  );

  // Everyone's: takes and notes are what the team shares (viewers read them in the drawer); the
  // log is on the Audit page, which is for operators and admins.
  api.get(
    COLLABORATION_PATHS.auditActivity,
    {
      config: { auth: 'operator', query: ACTIVITY_LIST_PARAMETERS },
      schema: { querystring: activityListQuerySchema, response: { 200: activityListResponseSchema } },
    },
    async (request) => activity.list(request.query),
  );
}
