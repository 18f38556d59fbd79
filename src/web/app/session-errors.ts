import type { QueryClient } from '@tanstack/react-query';
import { ApiRequestError, isForbidden, isUnauthenticated } from '../lib/api-client';
import { authQueries, endSession } from '../lib/auth-queries';
import type { RequestMeta } from '../lib/query-meta';

/**
 * Every query and mutation error passes here once (QueryCache/MutationCache onError), so no screen
 * has to remember session handling:
 * - 401: the session expired or was revoked mid-work. Cached data is dropped and the route guard
 *   takes the agent to sign-in, with `next` set to where they were.
 * - 403 FORBIDDEN: the screen says which role is needed; the agent's role may also have changed
 *   since sign-in (an admin demoted them), so the header and menus re-read it.
 * - 403 PASSWORD_CHANGE_REQUIRED: the session is re-read too, and the guard shows "Choose your password".
 */
export function handleSessionErrors(queryClient: QueryClient, error: unknown, meta: RequestMeta | undefined) {
  if (isUnauthenticated(error)) {
    if (!meta?.unauthenticatedIsAnswer) endSession(queryClient, 'expired');
    return;
  }
  // The BFF says the agent must choose a password, which the session as last read did not: re-read
  // it, and the route guard takes them there.
  const mustChoose = error instanceof ApiRequestError && error.code === 'PASSWORD_CHANGE_REQUIRED';
  if (isForbidden(error) || mustChoose)
    void queryClient.invalidateQueries({ queryKey: authQueries.me().queryKey });
}
