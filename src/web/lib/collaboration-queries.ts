import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  activityListResponseSchema,
  activityResponseSchema,
  COLLABORATION_PATHS,
  noteSchema,
  notesResponseSchema,
  takeResponseSchema,
  type ActivityListQueryInput,
  type Take,
} from '../../contract/collaboration-api';
import { translate } from '../i18n/i18n';
import { apiGet, apiPost } from './api-client';
import { localDateTimeParts } from './format';
import { transactionQueries } from './transaction-queries';

/**
 * How often an open drawer re-reads who has the transaction: another agent's take shows within
 * this (docs/architecture.md, "Working together"). One small database read, no call to Capa.
 */
export const ACTIVITY_POLL_MS = 3_000;

/**
 * Takes, notes and time in status. In lib/ because three features read them: the drawer's
 * collaboration section, the execute dialog (warns when someone else has it) and the Audit page.
 */
export const collaborationQueries = {
  all: () => ['collaboration'] as const,
  activity: (id: string) =>
    queryOptions({
      queryKey: [...collaborationQueries.all(), 'activity', id] as const,
      queryFn: ({ signal }) => apiGet(COLLABORATION_PATHS.activity(id), activityResponseSchema, { signal }),
      refetchInterval: ACTIVITY_POLL_MS,
      refetchIntervalInBackground: false,
    }),
  notes: (id: string) =>
    queryOptions({
      queryKey: [...collaborationQueries.all(), 'notes', id] as const,
      queryFn: ({ signal }) => apiGet(COLLABORATION_PATHS.notes(id), notesResponseSchema, { signal }),
      refetchInterval: 15_000,
      refetchIntervalInBackground: false,
    }),
  log: (query: ActivityListQueryInput) =>
    queryOptions({
      queryKey: [...collaborationQueries.all(), 'log', query] as const,
      queryFn: ({ signal }) =>
        apiGet(COLLABORATION_PATHS.auditActivity, activityListResponseSchema, { query, signal }),
    }),
};

export const takeTransaction = (id: string) => apiPost(COLLABORATION_PATHS.take(id), {}, takeResponseSchema);
export const releaseTransaction = (id: string) =>
  apiPost(COLLABORATION_PATHS.release(id), {}, takeResponseSchema);
export const addNote = (id: string, text: string) =>
  apiPost(COLLABORATION_PATHS.notes(id), { text }, noteSchema);

/** After a take, release or note: the drawer, the log and the table's "on it" all read anew. */
export function afterCollaborationChange(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: collaborationQueries.all() });
  void queryClient.invalidateQueries({ queryKey: transactionQueries.lists() });
}

/** "10:42" today, "05/01/2026 10:42 AM" another day: the agent's local time, in their locale. */
export function clockTime(iso: string, nowMs = Date.now()): string {
  const local = localDateTimeParts(iso);
  if (!local) return iso;
  const today = localDateTimeParts(new Date(nowMs).toISOString());
  return local.date === today?.date ? local.time : `${local.date} ${local.time}`;
}

/**
 * "Ana is on it since 10:42" (or "You are …"), in the active language: the words the drawer and
 * the execute dialog share. Called at render time only.
 */
export function onItWords(take: Take, ownAgentId: string | null | undefined): string {
  const time = clockTime(take.takenAt);
  return take.agentId === ownAgentId
    ? translate('collaboration.youOnIt', { time })
    : translate('collaboration.otherOnIt', { name: take.agentName, time });
}
