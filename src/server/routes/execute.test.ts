import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../contract/api';
import { IDEMPOTENCY_KEY_FORMAT } from '../../contract/capa';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import {
  expectNoSecrets,
  sandboxControl,
  startBff,
  type Bff,
  type HttpResult,
  type SandboxControl,
} from '../test-support/harness';

const STEP_MS = 150;
const JSON_HEADERS = { 'content-type': 'application/json' };
const EVM_HASH = `0x${'ab'.repeat(32)}`;

let sandbox: RunningSandbox;
let bff: Bff;
let control: SandboxControl;

beforeAll(async () => {
  sandbox = await startSandbox({ size: 200, seed: 3, lifecycleStepMs: STEP_MS });
  control = sandboxControl(sandbox.url);
  bff = await startBff({ upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey } });
});

afterAll(async () => {
  expectNoSecrets(
    [...bff.transcript, ...bff.logs],
    sandbox.partners.map((p) => p.apiKey),
  );
  await bff.close();
  await sandbox.close();
});

beforeEach(async () => {
  await control.resetCalls();
});

const executable = (fields: Record<string, unknown> = {}) =>
  control.create({
    type: 'OFF_RAMP',
    status: 'CRYPTO_RECEIVED',
    blockchainSymbol: 'POL',
    cryptoAmount: '250',
    ...fields,
  });

function execute(id: string, body = '{}', headers: Record<string, string> = {}) {
  return bff.request('POST', `/api/transactions/${id}/execute`, {
    headers: { ...JSON_HEADERS, ...headers },
    body,
  });
}

function errorOf(res: HttpResult, status: number, code: string) {
  expect(res.status).toBe(status);
  const { error } = res.json() as ApiError;
  expect(error.code).toBe(code);
  expect(error.requestId).toBe(res.headers['x-request-id']);
  return error;
}

describe('POST /api/transactions/:id/execute', () => {
  it('executes through Capa, after which the status moves on over time', async () => {
    const tx = await executable();
    const res = await execute(tx.id);
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ id: tx.id, status: 'PENDING' });
    expect((await control.get(tx.id)).executed).not.toBeNull();

    const seen = new Set<string>();
    // Generous: on a loaded machine each poll (session lookup, upstream read) can take a while.
    const deadline = Date.now() + 12_000;
    while (!seen.has('COMPLETED') && Date.now() < deadline) {
      const current = await bff.request('GET', `/api/transactions/${tx.id}`);
      seen.add((current.json() as { status: string }).status);
      await new Promise((resolve) => setTimeout(resolve, STEP_MS / 3));
    }
    // Seen at least one step on the way, then the end (PENDING → IN_PROGRESS → BANK_TRANSFER_PENDING → COMPLETED).
    expect(seen.has('COMPLETED')).toBe(true);
    expect([...seen].some((s) => ['PENDING', 'IN_PROGRESS', 'BANK_TRANSFER_PENDING'].includes(s))).toBe(true);
  });

  it('forwards a valid hash', async () => {
    const tx = await executable();
    expect((await execute(tx.id, JSON.stringify({ transactionHash: EVM_HASH }))).status).toBe(200);
    expect((await control.get(tx.id)).executed?.hash).toBe(EVM_HASH);
  });

  it('replays the first answer for the same Idempotency-Key, executing once', async () => {
    const tx = await executable();
    const key = `agent-retry-${tx.id}`;
    const first = await execute(tx.id, '{}', { 'idempotency-key': key });
    const again = await execute(tx.id, '{}', { 'idempotency-key': key });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(first.headers['idempotency-key']).toBe(key);
    const { requests } = await control.calls();
    expect(requests.map((r) => r.idempotencyKey)).toEqual([key, key]);
    // A new key is a new attempt, which Capa refuses: it was executed once.
    errorOf(await execute(tx.id), 400, 'TRANSACTION_NOT_EXECUTABLE');
  });

  it('mints a fresh, valid key per request when the client sends none', async () => {
    const [a, b] = [await executable(), await executable()];
    const resA = await execute(a.id);
    const resB = await execute(b.id);
    const keys = (await control.calls()).requests.map((r) => r.idempotencyKey ?? '');
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    for (const key of keys) expect(key).toMatch(IDEMPOTENCY_KEY_FORMAT);
    expect([resA.headers['idempotency-key'], resB.headers['idempotency-key']]).toEqual(keys);
  });

  it('maps a transaction that cannot be executed to 400 TRANSACTION_NOT_EXECUTABLE', async () => {
    const tx = await executable({ status: 'COMPLETED' });
    const error = errorOf(await execute(tx.id), 400, 'TRANSACTION_NOT_EXECUTABLE');
    expect(error.message).toMatch(/^Capa refused to execute this transaction in its current state/);
  });

  it('maps an on-ramp to 400 with Capa’s refusal in our words', async () => {
    const tx = await control.create({ type: 'ON_RAMP', status: 'PENDING' });
    errorOf(await execute(tx.id), 400, 'UPSTREAM_REJECTED_INPUT');
  });

  it('maps a hash Capa refuses to 400 INVALID_TRANSACTION_HASH', async () => {
    const tx = await executable();
    const error = errorOf(
      await execute(tx.id, '{"transactionHash":"0x1234"}'),
      400,
      'INVALID_TRANSACTION_HASH',
    );
    expect(error.message).toMatch(/transaction hash/);
    expect((await control.get(tx.id)).executed).toBeNull();
  });

  it('maps another partner’s transaction to 403', async () => {
    const theirs = await control.create({ partner: 1, type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED' });
    const error = errorOf(await execute(theirs.id), 403, 'TRANSACTION_ACCESS_DENIED');
    expect(error.message).toBe('This transaction belongs to another partner.');
    expect((await control.get(theirs.id)).executed).toBeNull();
  });

  it('maps an unknown transaction to 404', async () => {
    errorOf(await execute('00000000-0000-4000-8000-000000000000'), 404, 'TRANSACTION_NOT_FOUND');
  });
});

describe('P3: execute requests refused before Capa is called', () => {
  const id = '8374f327-38bd-4b0b-b8a7-2524599eb903';
  const path = `/api/transactions/${id}/execute`;

  it.each([
    ['no content type', {}, '{}', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['text/plain', { 'content-type': 'text/plain' }, '{}', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['malformed JSON', JSON_HEADERS, '{"transactionHash":', 400, 'BAD_REQUEST'],
    ['an empty body', JSON_HEADERS, '', 400, 'BAD_REQUEST'],
    ['__proto__ poisoning', JSON_HEADERS, '{"__proto__":{"isAdmin":true}}', 400, 'BAD_REQUEST'],
    [
      'constructor poisoning',
      JSON_HEADERS,
      '{"constructor":{"prototype":{"isAdmin":true}}}',
      400,
      'BAD_REQUEST',
    ],
    [
      'a 17 KiB body',
      JSON_HEADERS,
      JSON.stringify({ transactionHash: 'a'.repeat(17 * 1024) }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    ['an array body', JSON_HEADERS, '[]', 400, 'VALIDATION_ERROR'],
    ['an unknown field', JSON_HEADERS, '{"amount":1}', 400, 'VALIDATION_ERROR'],
    ['an empty hash', JSON_HEADERS, '{"transactionHash":" "}', 400, 'VALIDATION_ERROR'],
    [
      'a hash over 128 characters',
      JSON_HEADERS,
      JSON.stringify({ transactionHash: 'a'.repeat(129) }),
      400,
      'VALIDATION_ERROR',
    ],
    [
      'a short Idempotency-Key',
      { ...JSON_HEADERS, 'idempotency-key': 'short' },
      '{}',
      400,
      'VALIDATION_ERROR',
    ],
    [
      'an Idempotency-Key with spaces',
      { ...JSON_HEADERS, 'idempotency-key': 'has spaces in it, sadly' },
      '{}',
      400,
      'VALIDATION_ERROR',
    ],
  ])('%s → %i %s', async (_name, headers, body, status, code) => {
    const error = errorOf(await bff.request('POST', path, { headers, body }), status, code);
    expect(error.message).not.toMatch(/FST_|at .*\.js|Error:/);
    expect((await control.calls()).execute).toBe(0);
  });

  it('names the field in a validation error', async () => {
    const error = errorOf(await execute(id, '{"transactionHash":""}'), 400, 'VALIDATION_ERROR');
    expect(error.fields).toEqual({
      transactionHash: 'must not be empty; leave it out to execute without a hash',
    });
    expect(error.message).toBe(
      'Invalid body field transactionHash: must not be empty; leave it out to execute without a hash.',
    );
    const keyError = errorOf(await execute(id, '{}', { 'idempotency-key': 'x' }), 400, 'VALIDATION_ERROR');
    expect(keyError.fields).toHaveProperty('Idempotency-Key');
  });
});
