import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_PATHS } from '../../../contract/api-paths';
import type { SignInBody } from '../../../contract/auth-api';
import { apiPost } from '../../lib/api-client';
import { sessionSchema, startSession } from '../../lib/auth-queries';

/** Signs in; on success the session query holds the agent and the sign-in page moves on to `next`. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => apiPost(API_PATHS.signIn, body, sessionSchema),
    // Its 401 means wrong credentials, shown on the form: not a session that expired.
    meta: { unauthenticatedIsAnswer: true },
    onSuccess: (session) => startSession(queryClient, session),
  });
}
