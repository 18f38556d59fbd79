import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { API_PATHS, apiConfigSchema } from '../../contract/api';
import { apiErrorResponse, htmlErrorResponse } from '../mocks/api-responses';
import { MOCK_CONFIG } from '../mocks/handlers';
import { server } from '../test-support/msw-server';
import { apiGet, apiPatch, apiPost, ApiRequestError, CLIENT_ERROR_CODES } from './api-client';

async function failure(promise: Promise<unknown>): Promise<ApiRequestError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiRequestError);
  return error as ApiRequestError;
}

describe('api client', () => {
  it('sends the CSRF and Accept headers, same-origin credentials, and parses the body', async () => {
    const seen: Request[] = [];
    server.events.on('request:start', ({ request }) => void seen.push(request.clone()));
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await expect(apiGet(API_PATHS.config, apiConfigSchema)).resolves.toEqual(MOCK_CONFIG);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers.get('x-csrf')).toBe('1');
    expect(seen[0]!.headers.get('accept')).toBe('application/json');
    expect(fetchSpy.mock.calls[0]![1]).toMatchObject({ credentials: 'same-origin' });
    fetchSpy.mockRestore();
    server.events.removeAllListeners();
  });

  it('sends the request before a lazy schema has loaded, and checks the answer with it once it has', async () => {
    let sent = false;
    server.use(
      http.get('*/api/probe', () => {
        sent = true;
        return HttpResponse.json({ n: 1 });
      }),
    );
    let load!: (schema: z.ZodType<{ n: number }>) => void;
    const loaded = new Promise<z.ZodType<{ n: number }>>((resolve) => (load = resolve));
    const answer = apiGet('/api/probe', () => loaded);
    // The first screen's requests do not wait for zod and the contract (issue 16).
    await vi.waitFor(() => expect(sent).toBe(true));
    load(z.object({ n: z.number() }));
    await expect(answer).resolves.toEqual({ n: 1 });

    const refused = apiGet('/api/probe', () => Promise.resolve(z.object({ n: z.string() })));
    expect(await failure(refused)).toMatchObject({ code: CLIENT_ERROR_CODES.invalidResponse });
  });

  it('hands a successful JSON answer to onBody before its lazy schema has loaded, and no failure', async () => {
    server.use(http.get('*/api/probe', () => HttpResponse.json({ n: 1 })));
    const bodies: unknown[] = [];
    let load!: (schema: z.ZodType<{ n: number }>) => void;
    const loaded = new Promise<z.ZodType<{ n: number }>>((resolve) => (load = resolve));
    const answer = apiGet('/api/probe', () => loaded, { onBody: (body) => bodies.push(body) });
    // The transactions loader decides on the session's answer without waiting for zod (docs/performance.md).
    await vi.waitFor(() => expect(bodies).toEqual([{ n: 1 }]));
    load(z.object({ n: z.number() }));
    await expect(answer).resolves.toEqual({ n: 1 });

    server.use(http.get('*/api/refused', () => apiErrorResponse(403, 'FORBIDDEN', 'No.')));
    const refused: unknown[] = [];
    await failure(apiGet('/api/refused', z.object({}), { onBody: (body) => refused.push(body) }));
    expect(refused).toEqual([]);
  });

  it('puts defined query values in the URL and leaves empty ones out', async () => {
    let url = '';
    server.use(
      http.get('*/api/probe', ({ request }) => {
        url = request.url;
        return HttpResponse.json({});
      }),
    );
    await apiGet('/api/probe', z.object({}), {
      query: { limit: 5, status: 'PENDING', type: undefined, id: '' },
    });
    expect(new URL(url).search).toBe('?limit=5&status=PENDING');
  });

  it('turns the BFF error body into an ApiRequestError with code, message and request id', async () => {
    server.use(
      http.get('*/api/config', () =>
        apiErrorResponse(503, 'UPSTREAM_UNAVAILABLE', 'Capa did not answer.', { requestId: 'req-42' }),
      ),
    );
    const error = await failure(apiGet(API_PATHS.config, apiConfigSchema));
    expect(error).toMatchObject({
      status: 503,
      code: 'UPSTREAM_UNAVAILABLE',
      message: 'Capa did not answer.',
      requestId: 'req-42',
    });
  });

  it('gives a clear message when the error body is not our JSON', async () => {
    server.use(http.get('*/api/config', () => htmlErrorResponse(502)));
    const error = await failure(apiGet(API_PATHS.config, apiConfigSchema));
    expect(error.code).toBe(CLIENT_ERROR_CODES.unexpectedResponse);
    expect(error.message).toMatch(/^Rampdesk's server could not be reached \(HTTP 502\)/);
    expect(error.requestId).toBeNull();
  });

  it('says the server could not be reached when there is no response at all', async () => {
    server.use(http.get('*/api/config', () => HttpResponse.error()));
    const error = await failure(apiGet(API_PATHS.config, apiConfigSchema));
    expect(error).toMatchObject({ status: 0, code: CLIENT_ERROR_CODES.network });
    expect(error.message).toMatch(/could not be reached/);
  });

  it('refuses a success body that does not match the schema', async () => {
    server.use(http.get('*/api/config', () => HttpResponse.json({ environment: 'moon' })));
    const error = await failure(apiGet(API_PATHS.config, apiConfigSchema));
    expect(error).toMatchObject({ status: 200, code: CLIENT_ERROR_CODES.invalidResponse });
  });

  it('lets an aborted request fail as an abort, not as an API error', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await apiGet(API_PATHS.config, apiConfigSchema, { signal: controller.signal }).catch(
      (e) => e,
    );
    expect(result).not.toBeInstanceOf(ApiRequestError);
    expect((result as Error).name).toBe('AbortError');
  });

  it('posts JSON with the CSRF header', async () => {
    let contentType: string | null = null;
    server.use(
      http.post('*/api/probe', async ({ request }) => {
        contentType = request.headers.get('content-type');
        return HttpResponse.json({ echoed: ((await request.json()) as { a: number }).a });
      }),
    );
    await expect(apiPost('/api/probe', { a: 1 }, z.object({ echoed: z.number() }))).resolves.toEqual({
      echoed: 1,
    });
    expect(contentType).toBe('application/json');
  });

  it('sends PATCH as JSON, and {} for a POST with nothing to say (the BFF wants JSON on every change)', async () => {
    const seen: { method: string; type: string | null; body: string }[] = [];
    server.use(
      http.all('*/api/probe', async ({ request }) => {
        seen.push({
          method: request.method,
          type: request.headers.get('content-type'),
          body: await request.text(),
        });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await apiPatch('/api/probe', { role: 'viewer' }, z.unknown());
    await apiPost('/api/probe', undefined, z.undefined());
    expect(seen).toEqual([
      { method: 'PATCH', type: 'application/json', body: '{"role":"viewer"}' },
      { method: 'POST', type: 'application/json', body: '{}' },
    ]);
  });

  it('carries the role a 403 needs and how long a 429 asks to wait', async () => {
    server.use(
      http.get('*/api/forbidden', () => apiErrorResponse(403, 'FORBIDDEN', 'No.', { requiredRole: 'admin' })),
      http.get('*/api/limited', () =>
        apiErrorResponse(429, 'RATE_LIMITED', 'Slow down.', { headers: { 'Retry-After': '120' } }),
      ),
    );
    expect(await failure(apiGet('/api/forbidden', z.unknown()))).toMatchObject({
      status: 403,
      requiredRole: 'admin',
      retryAfterSeconds: null,
    });
    expect(await failure(apiGet('/api/limited', z.unknown()))).toMatchObject({
      status: 429,
      retryAfterSeconds: 120,
    });
  });

  it('reads Retry-After as seconds or as an HTTP date, in whole seconds rounded up', async () => {
    const clock = vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2025-06-10T12:00:00.400Z'));
    const answers = ['30', 'Tue, 10 Jun 2025 12:05:00 GMT', 'soon'];
    server.use(
      http.get('*/api/limited/:n', ({ params }) =>
        apiErrorResponse(429, 'RATE_LIMITED', 'Slow down.', {
          headers: { 'Retry-After': answers[Number(params.n)]! },
        }),
      ),
    );
    const waits: (number | null)[] = [];
    try {
      for (const n of answers.keys())
        waits.push((await failure(apiGet(`/api/limited/${n}`, z.unknown()))).retryAfterSeconds);
    } finally {
      clock.mockRestore();
    }
    expect(waits).toEqual([30, 300, null]);
  });
});
