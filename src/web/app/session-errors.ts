import type { QueryClient } from '@tanstack/react-query';
import { isForbidden, isUnauthenticated } from '../lib/api-client';
import { authQueries, endSession } from '../lib/auth-queries';
import type { RequestMeta } from '../lib/query-meta';

/**
 * Every query and mutation error passes here once (QueryCache/MutationCache onError), so no screen
 * has to remember session handling:
 * - 401: the session expired or was revoked mid-work. Cached data is dropped and the route guard
 *   takes the agent to sign-in, with `next` set to where they were.
 * - 403 FORBIDDEN: the screen says which role is needed; the agent's role may also have changed
 *   since sign-in (an admin demoted them), so the header and menus re-read it.
 */
export function handleSessionErrors(queryClient: QueryClient, error: unknown, meta: RequestMeta | undefined) {
  if (isUnauthenticated(error)) {
    if (!meta?.unauthenticatedIsAnswer) endSession(queryClient, 'expired');
    return;
  }
  if (isForbidden(error)) void queryClient.invalidateQueries({ queryKey: authQueries.me().queryKey });
}
