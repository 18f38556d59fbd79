import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_PATHS } from '../../../contract/api';
import { apiSessionResponseSchema, type ApiChangePasswordBody } from '../../../contract/auth-api';
import { apiPost } from '../../lib/api-client';
import { authQueries } from '../../lib/auth-queries';

/**
 * Changes the agent's password. The BFF ends every other session and gives this browser a new one
 * (docs/security.md A6); its answer is the session as it is now, so the route guard lets the agent
 * on at once. Data already loaded is kept: the agent is the same. A wrong current password is a
 * 403 shown on the form; a 401 (the session ended) is handled like anywhere else.
 */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiChangePasswordBody) =>
      apiPost(API_PATHS.changePassword, body, apiSessionResponseSchema),
    onSuccess: (session) => queryClient.setQueryData(authQueries.me().queryKey, session),
  });
}
