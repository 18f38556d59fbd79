/**
 * The upstream request the BFF builds: validated fields only, an allowlist of headers, nothing
 * from the browser (SECURITY P1, K3). The stack: test-support/client-stack.ts.
 */
import { describe, expect, it } from 'vitest';
import { CAPA_PATHS } from '../../contract/capa';
import { EMPTY_LIST, readsThen, stack, TX_ID, useClientStack } from '../test-support/client-stack';
import { CANARY_KEY, json } from '../test-support/harness';

useClientStack();

describe('the upstream request', () => {
  it('P1, K3: is built from validated fields only, with an allowlist of headers', async () => {
    const { bff, fake } = await stack((_req, res) => json(res, 200, EMPTY_LIST));
    const res = await bff.request(
      'GET',
      '/api/transactions?status=PENDING&type=OFF_RAMP&limit=5&sortOrder=asc',
      {
        headers: {
          cookie: 'session=abc',
          authorization: 'Bearer agent-token',
          'x-forwarded-for': '10.0.0.1',
          'x-custom': 'nope',
          'partner-api-key': 'browser-supplied',
        },
      },
    );
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ total: 0, skip: 0, limit: 5, items: [], annotations: {} });
    const [call] = fake.calls;
    expect(call?.url).toBe(
      `${CAPA_PATHS.listTransactions}?status=PENDING&type=OFF_RAMP&skip=0&limit=5&sortBy=createdAt&sortOrder=ASC`,
    );
    expect(Object.keys(call!.headers).sort()).toEqual([
      'accept',
      'connection',
      'host',
      'partner-api-key',
      'user-agent',
    ]);
    expect(call!.headers['partner-api-key']).toBe(CANARY_KEY);
    expect(call!.headers['user-agent']).toMatch(/^rampdesk\/\d+\.\d+\.\d+/);
  });

  it('sends execute as JSON with an Idempotency-Key, and nothing from the browser', async () => {
    const { bff, fake } = await stack(
      readsThen((_req, res) => json(res, 200, { success: true, data: { id: TX_ID, status: 'PENDING' } })),
    );
    const res = await bff.request('POST', `/api/transactions/${TX_ID}/execute`, {
      headers: {
        'content-type': 'application/json',
        cookie: 'a=b',
        authorization: 'Basic x',
        'x-forwarded-host': 'evil',
      },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(fake.calls.map((c) => c.method)).toEqual(['GET', 'POST']);
    expect(Object.keys(fake.calls[1]!.headers).sort()).toEqual([
      'accept',
      'connection',
      'content-length',
      'content-type',
      'host',
      'idempotency-key',
      'partner-api-key',
      'user-agent',
    ]);
  });
});
