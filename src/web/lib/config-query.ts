import { queryOptions } from '@tanstack/react-query';
import { API_PATHS } from '../../contract/api-paths';
import { apiGet } from './api-client';

/**
 * The environment does not change while the page is open, so it is fetched once. It lives in lib
 * because the shell and later features (sign-in) both need it, and features may not share code.
 * Its schema loads with the request (api-client.ts, LazySchema).
 */
export const configQuery = queryOptions({
  queryKey: ['config'] as const,
  queryFn: ({ signal }) =>
    apiGet(API_PATHS.config, () => import('../../contract/api').then((m) => m.apiConfigSchema), { signal }),
  staleTime: Infinity,
  gcTime: Infinity,
  refetchOnWindowFocus: false,
});
