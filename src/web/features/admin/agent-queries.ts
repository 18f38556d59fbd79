import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { API_PATHS } from '../../../contract/api';
import {
  apiAgentListResponseSchema,
  apiAgentResponseSchema,
  apiNewAgentResponseSchema,
  apiResetPasswordResponseSchema,
  type ApiAgentPatchBody,
  type ApiNewAgentBody,
} from '../../../contract/auth-api';
import { ApiRequestError, apiGet, apiPatch, apiPost } from '../../lib/api-client';
import { authQueries } from '../../lib/auth-queries';

/** Agent management's query keys and fetches in one place (TanStack Query's query-options factory). */
export const agentQueries = {
  all: () => ['agents'] as const,
  list: () =>
    queryOptions({
      queryKey: [...agentQueries.all(), 'list'] as const,
      queryFn: async ({ signal }) =>
        (await apiGet(API_PATHS.agents, apiAgentListResponseSchema, { signal })).agents,
    }),
};

/** Adds an agent; the answer carries the one-time password, which the caller shows once and drops. */
export function useAddAgent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiNewAgentBody) => apiPost(API_PATHS.agents, body, apiNewAgentResponseSchema),
    // Without it the finished mutation, password included, would stay in the cache for minutes.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agentQueries.all() }),
  });
}

export function useUpdateAgent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ApiAgentPatchBody }) =>
      apiPatch(API_PATHS.agent(id), patch, apiAgentResponseSchema),
    onSuccess: ({ agent }) => {
      // The answer is the agent as stored: show it at once, then re-read the list for anything else.
      queryClient.setQueryData(agentQueries.list().queryKey, (agents) =>
        agents?.map((a) => (a.id === agent.id ? agent : a)),
      );
      void queryClient.invalidateQueries({ queryKey: agentQueries.all() });
      void queryClient.invalidateQueries({ queryKey: authQueries.me().queryKey });
    },
  });
}

/**
 * Gives an agent a new one-time password; the BFF ends all their sessions in the same step. The
 * answer is the password, so the finished mutation leaves the cache as soon as nobody watches it.
 */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost(API_PATHS.resetPassword(id), {}, apiResetPasswordResponseSchema),
    gcTime: 0,
    onError: (error) => {
      // The agent is gone: the list should stop offering them.
      if (error instanceof ApiRequestError && error.status === 404) {
        void queryClient.invalidateQueries({ queryKey: agentQueries.all() });
      }
    },
  });
}
