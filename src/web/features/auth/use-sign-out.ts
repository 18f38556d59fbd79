import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_PATHS } from '../../../contract/api-paths';
import { translate } from '../../i18n/i18n';
import { anyBody, apiPost, isUnauthenticated } from '../../lib/api-client';
import { endSession } from '../../lib/auth-queries';

/**
 * Ends the session on the BFF, then forgets this browser's data; the route guard shows sign-in.
 * A 401 means the session had already ended, which is what the agent wanted.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await apiPost(API_PATHS.signOut, {}, anyBody);
      } catch (error) {
        if (!isUnauthenticated(error)) throw error;
      }
    },
    meta: { unauthenticatedIsAnswer: true },
    onSuccess: () => endSession(queryClient, 'signed-out'),
    // Still signed in: say so where the agent is looking (sonner loads on demand, see app-toaster).
    onError: (error) =>
      void import('sonner').then(({ toast }) =>
        toast.error(translate('shell.signOutFailed'), { description: error.message }),
      ),
  });
}
