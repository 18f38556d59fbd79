/**
 * Answers the client cannot use: unreadable bodies (type, JSON, schema, size) and refusals about
 * the partner key or anything else (SECURITY U3). The stack: test-support/client-stack.ts.
 */
import type http from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_LIST,
  EXECUTE,
  expectError,
  readsThen,
  stack,
  useClientStack,
} from '../test-support/client-stack';
import { json } from '../test-support/harness';
import { AUTH_FAILED_MESSAGE } from './messages';

useClientStack();

describe('upstream faults: the answer', () => {
  it.each([
    [
      'HTML',
      (res: http.ServerResponse) => (
        res.writeHead(200, { 'content-type': 'text/html' }),
        res.end('<h1>hi</h1>')
      ),
    ],
    [
      'JSON as text/plain',
      (res: http.ServerResponse) => (
        res.writeHead(200, { 'content-type': 'text/plain' }),
        res.end(JSON.stringify(EMPTY_LIST))
      ),
    ],
    [
      'malformed JSON',
      (res: http.ServerResponse) => (
        res.writeHead(200, { 'content-type': 'application/json' }),
        res.end('{"success":tru')
      ),
    ],
    [
      'a schema mismatch',
      (res: http.ServerResponse) => json(res, 200, { success: true, data: { count: -1, data: 'x' } }),
    ],
    [
      'an oversized body',
      (res: http.ServerResponse) => json(res, 200, { ...EMPTY_LIST, pad: 'x'.repeat(5_000) }),
    ],
    [
      'an oversized chunked body',
      (res: http.ServerResponse) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        for (let i = 0; i < 10; i++) res.write(' '.repeat(1_000));
        res.end(JSON.stringify(EMPTY_LIST));
      },
    ],
  ])('%s gives 502 UPSTREAM_BAD_RESPONSE', async (_name, respond) => {
    const { bff, fake } = await stack((_req, res) => respond(res), { maxResponseBytes: 4_096 });
    const message = expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_BAD_RESPONSE');
    expect(message).toBe('Capa’s answer could not be read; try again in a minute.');
    expect(fake.calls).toHaveLength(1);
  });

  it.each([
    [401, { success: false, error: { code: 'UNAUTHORIZED', message: 'Invalid API Key' } }],
    [403, { statusCode: 403, message: 'Partner API key revoked', error: 'Forbidden' }],
  ])('%i about the key gives 502 UPSTREAM_AUTH_FAILED (SECURITY U3)', async (status, body) => {
    const { bff } = await stack((_req, res) => json(res, status, body));
    expect(expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_AUTH_FAILED')).toBe(
      AUTH_FAILED_MESSAGE,
    );
    // Refused at the read before the execute, which says so.
    expect(expectError(await bff.request(...EXECUTE()), 502, 'UPSTREAM_AUTH_FAILED')).toBe(
      `${AUTH_FAILED_MESSAGE} Nothing was executed.`,
    );
  });

  it('a 403 not about the key is Capa refusing, not a refused key, and says nothing was executed', async () => {
    const { bff } = await stack(readsThen((_req, res) => json(res, 403, { message: 'Forbidden' })));
    const message = expectError(await bff.request(...EXECUTE()), 502, 'UPSTREAM_REFUSED');
    expect(message).toMatch(/^Capa refused access for a reason other than the partner key/);
  });
});
