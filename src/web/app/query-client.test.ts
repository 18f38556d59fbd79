import { describe, expect, it } from 'vitest';
import { ApiRequestError, CLIENT_ERROR_CODES } from '../lib/api-client';
import { createQueryClient, shouldRetry } from './query-client';

const apiError = (status: number, code = 'X') => new ApiRequestError({ status, code, message: 'm' });

describe('query retry rule', () => {
  it('retries a network failure and a 5xx, twice at most', () => {
    expect(shouldRetry(0, apiError(0, CLIENT_ERROR_CODES.network))).toBe(true);
    expect(shouldRetry(1, apiError(503))).toBe(true);
    expect(shouldRetry(2, apiError(503))).toBe(false);
  });

  it('never retries a 4xx or an answer it could not read', () => {
    for (const status of [400, 401, 403, 404, 409, 429]) expect(shouldRetry(0, apiError(status))).toBe(false);
    expect(shouldRetry(0, apiError(200, CLIENT_ERROR_CODES.invalidResponse))).toBe(false);
  });

  it('does not retry a 5xx that waiting seconds will not heal: the partner key, Capa refusing, rate limits, overload', () => {
    expect(shouldRetry(0, apiError(502, 'UPSTREAM_AUTH_FAILED'))).toBe(false);
    expect(shouldRetry(0, apiError(502, 'UPSTREAM_REFUSED'))).toBe(false);
    expect(shouldRetry(0, apiError(503, 'UPSTREAM_RATE_LIMITED'))).toBe(false);
    expect(shouldRetry(0, apiError(503, 'OVERLOADED'))).toBe(false);
    expect(shouldRetry(0, apiError(502, 'UPSTREAM_UNAVAILABLE'))).toBe(true);
    expect(shouldRetry(0, apiError(504, 'UPSTREAM_TIMEOUT'))).toBe(true);
  });

  it('is the default of the app query client, with a 15 s stale time', () => {
    const defaults = createQueryClient().getDefaultOptions().queries;
    expect(defaults).toMatchObject({ retry: shouldRetry, staleTime: 15_000, refetchOnWindowFocus: true });
  });
});
