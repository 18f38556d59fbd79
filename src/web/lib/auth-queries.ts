/**
 * Who is signed in, as one query every part of the SPA reads: the route guard, the header, role
 * checks. It lives in lib because the shell and every feature need it, and features may not share code.
 */
import { notifyManager, queryOptions, type QueryClient } from '@tanstack/react-query';
import { API_PATHS } from '../../contract/api';
import { apiSessionResponseSchema, type ApiSessionResponse } from '../../contract/auth-api';
import { apiGet, isUnauthenticated } from './api-client';
import { configQuery } from './config-query';

/** Why there is no agent: the guard words the sign-in page and picks where to come back to by it. */
export type SessionEnd = 'expired' | 'signed-out';

export type Session = ApiSessionResponse | { agent: null; ended?: SessionEnd };

/** What the route guard tells the sign-in page through the router's location state. */
export interface SignInState {
  ended?: SessionEnd;
}

export const authQueries = {
  all: () => ['auth'] as const,
  me: () =>
    queryOptions({
      queryKey: [...authQueries.all(), 'me'] as const,
      queryFn: async ({ signal }): Promise<Session> => {
        try {
          return await apiGet(API_PATHS.me, apiSessionResponseSchema, { signal });
        } catch (error) {
          // Not signed in is an answer here, not a failure: the guard sends the agent to sign in.
          if (isUnauthenticated(error)) return { agent: null };
          throw error;
        }
      },
    }),
};

/** Data that outlives a session: the environment is the same for everyone. */
function keptAcrossSessions(queryKey: readonly unknown[]): boolean {
  return queryKey[0] === configQuery.queryKey[0];
}

/**
 * Forget everything the previous session fetched, so nothing of one agent is ever shown after
 * sign-out, expiry, or to the next agent on a shared machine (the back button included).
 */
function forgetSessionData(queryClient: QueryClient) {
  void queryClient.cancelQueries({ predicate: (q) => !keptAcrossSessions(q.queryKey) });
  queryClient.removeQueries({ predicate: (q) => !keptAcrossSessions(q.queryKey) });
}

export function startSession(queryClient: QueryClient, session: ApiSessionResponse) {
  notifyManager.batch(() => {
    forgetSessionData(queryClient);
    queryClient.setQueryData(authQueries.me().queryKey, session);
  });
}

/** The guard sees `agent: null` and takes the agent to sign-in; `ended` says why. */
export function endSession(queryClient: QueryClient, ended: SessionEnd) {
  notifyManager.batch(() => {
    forgetSessionData(queryClient);
    // Finished mutations keep their answers (a one-time password) until garbage collection.
    queryClient.getMutationCache().clear();
    const signedOut: Session = { agent: null, ended };
    queryClient.setQueryData(authQueries.me().queryKey, signedOut);
  });
}
