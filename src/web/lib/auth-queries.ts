/**
 * Who is signed in, as one query every part of the SPA reads: the route guard, the header, role
 * checks. It lives in lib because the shell and every feature need it, and features may not share code.
 */
import { noop, notifyManager, queryOptions, type QueryClient } from '@tanstack/react-query';
import { API_PATHS } from '../../contract/api-paths';
import type { ApiSessionProbe, ApiSessionResponse } from '../../contract/auth-api';
import { apiGet, type LazySchema } from './api-client';
import { configQuery } from './config-query';

/** Why there is no agent: the guard words the sign-in page and picks where to come back to by it. */
export type SessionEnd = 'expired' | 'signed-out';

export type Session = ApiSessionResponse | { agent: null; ended?: SessionEnd };

/** What the route guard tells the sign-in page through the router's location state. */
export interface SignInState {
  ended?: SessionEnd;
}

/** The session's schema, loaded with the first request (api-client.ts); sign-in answers the same. */
export const sessionSchema: LazySchema<ApiSessionResponse> = () =>
  import('../../contract/auth-api').then((m) => m.apiSessionResponseSchema);

/** The public probe's schema: the session, or `{ agent: null }`. */
const sessionProbeSchema: LazySchema<ApiSessionProbe> = () =>
  import('../../contract/auth-api').then((m) => m.apiSessionProbeSchema);

/**
 * The JSON of the session probe in flight (or the last one), as soon as it is read and before its
 * schema has checked it (zod loads in a lazy chunk: docs/performance.md, "First rows"); undefined
 * when the probe failed. Only to decide early to send a request whose answer is checked anyway
 * (the transactions loader's first rows), never to show anything: the BFF checks that request's
 * session itself.
 */
let probeBody: Promise<unknown> = Promise.resolve(undefined);
export const sessionProbeBody = () => probeBody;

export const authQueries = {
  all: () => ['auth'] as const,
  me: () =>
    queryOptions({
      queryKey: [...authQueries.all(), 'me'] as const,
      queryFn: async ({ signal, client, queryKey }): Promise<Session> => {
        // The public probe answers 200 with agent null when not signed in: nothing fails, nothing
        // is logged in the browser's console (docs/security.md A1).
        let read: (body: unknown) => void = noop;
        probeBody = new Promise((resolve) => (read = resolve));
        const answer = await apiGet(API_PATHS.session, sessionProbeSchema, { signal, onBody: read }).finally(
          () => read(undefined),
        );
        if (answer.agent) return answer;
        // Signed in a moment ago (a refetch on focus after the idle timeout): say it expired.
        const before = client.getQueryData<Session>(queryKey);
        return before?.agent ? { agent: null, ended: 'expired' } : { agent: null };
      },
    }),
};

/**
 * Kept: the environment (the same for everyone) and the session query itself, which is
 * overwritten in place. Removing it would strand the route guard's observer on the old entry,
 * still showing the agent who just left.
 */
function keptAcrossSessions(queryKey: readonly unknown[]): boolean {
  return queryKey[0] === configQuery.queryKey[0] || queryKey[0] === authQueries.all()[0];
}

/**
 * Forget everything a session fetched, so nothing of one agent is shown after sign-out, expiry,
 * or to the next agent on a shared machine (the back button included). Called where no screen
 * of the signed-in part is mounted any more (the sign-in page, and sign-in itself): removing a
 * query a mounted screen still observes would make that screen fetch it again, with no session.
 */
export function forgetSessionData(queryClient: QueryClient) {
  const predicate = (q: { queryKey: readonly unknown[] }) => !keptAcrossSessions(q.queryKey);
  void queryClient.cancelQueries({ predicate });
  queryClient.removeQueries({ predicate });
  // Finished mutations keep their answers (a one-time password) until garbage collection.
  queryClient.getMutationCache().clear();
}

export function startSession(queryClient: QueryClient, session: ApiSessionResponse) {
  notifyManager.batch(() => {
    forgetSessionData(queryClient);
    queryClient.setQueryData(authQueries.me().queryKey, session);
  });
}

/**
 * The route guard sees `agent: null` and takes the agent to sign-in (`ended` says why), which
 * unmounts every screen; the sign-in page then forgets the session's data.
 */
export function endSession(queryClient: QueryClient, ended: SessionEnd) {
  const signedOut: Session = { agent: null, ended };
  queryClient.setQueryData(authQueries.me().queryKey, signedOut);
}
