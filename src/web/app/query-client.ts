import { MutationCache, QueryCache, QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { ApiRequestError, CLIENT_ERROR_CODES } from '../lib/api-client';
import '../lib/query-meta';
import { handleSessionErrors } from './session-errors';

const MAX_RETRIES = 2;

/**
 * 5xx answers that will not heal within seconds: a partner key or a request Capa refuses needs
 * whoever runs Rampdesk, and a server that sheds load or a Capa that limits us already said how long to wait.
 */
const NOT_SELF_HEALING: readonly string[] = [
  'UPSTREAM_AUTH_FAILED',
  'UPSTREAM_REFUSED',
  'UPSTREAM_RATE_LIMITED',
  'OVERLOADED',
];

/**
 * Retry only what may heal by itself: no response at all, or a 5xx. A 4xx (bad input, not found,
 * signed out, forbidden) and an answer we could not read will be the same on the next try.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!(error instanceof ApiRequestError)) return true;
  if (error.code === CLIENT_ERROR_CODES.invalidResponse) return false;
  if (NOT_SELF_HEALING.includes(error.code)) return false;
  return error.status === 0 || error.status >= 500;
}

export function createQueryClient(queries: DefaultOptions['queries'] = {}): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => handleSessionErrors(queryClient, error, query.meta),
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) =>
        handleSessionErrors(queryClient, error, mutation.meta),
    }),
    defaultOptions: {
      queries: {
        // Agents compare what they see with what users tell them: 15 s old is fresh enough.
        staleTime: 15_000,
        retry: shouldRetry,
        refetchOnWindowFocus: true,
        ...queries,
      },
      // A POST (execute) is never retried blindly: the execute flow decides with its Idempotency-Key.
      mutations: { retry: false },
    },
  });
  return queryClient;
}
