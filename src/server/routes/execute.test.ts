import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_KEY_FORMAT } from '../../contract/idempotency-key';
import {
  auditOf,
  bff,
  control,
  errorOf,
  EVM_HASH,
  executable,
  execute,
  JSON_HEADERS,
  STEP_MS,
  useExecuteStack,
} from '../test-support/execute-stack';
import { testAgentEmail } from '../test-support/test-agents';

useExecuteStack();

describe('POST /api/transactions/:id/execute', () => {
  it('E1 E5: executes after a fresh read, with an audit entry written before and completed after', async () => {
    const tx = await executable();
    const res = await execute(tx.id);
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ id: tx.id, status: 'PENDING' });
    expect((await control.get(tx.id)).executed).not.toBeNull();
    const calls = await control.calls();
    // The fresh read (a list filtered by id), then the execute.
    expect(calls.requests.map((r) => `${r.method} ${r.query.id ?? ''}`)).toEqual([`GET ${tx.id}`, 'POST ']);
    const { items, executed, blockingIntent } = await auditOf(tx.id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      agentEmail: testAgentEmail('operator'),
      transactionId: tx.id,
      transactionHash: null,
      idempotencyKey: res.headers['idempotency-key'],
      outcome: 'succeeded',
      upstreamStatus: 200,
      resolvedAt: null,
    });
    expect(items[0]!.completedAt).not.toBeNull();
    expect(executed).toEqual({ agentEmail: testAgentEmail('operator'), at: items[0]!.createdAt });
    expect(blockingIntent).toBeNull();
  });

  it('an id given in upper case executes that transaction, recorded under its canonical id', async () => {
    const tx = await executable();
    const res = await execute(tx.id.toUpperCase());
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ id: tx.id, status: 'PENDING' });
    const { items } = await auditOf(tx.id.toUpperCase());
    expect(items.map((e) => [e.transactionId, e.outcome])).toEqual([[tx.id, 'succeeded']]);
  });

  it('the status moves on over time after an execute', async () => {
    const tx = await executable();
    expect((await execute(tx.id)).status).toBe(200);
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

  it('forwards a valid hash and records it', async () => {
    const tx = await executable();
    expect((await execute(tx.id, JSON.stringify({ transactionHash: EVM_HASH }))).status).toBe(200);
    expect((await control.get(tx.id)).executed?.hash).toBe(EVM_HASH);
    expect((await auditOf(tx.id)).items[0]!.transactionHash).toBe(EVM_HASH);
  });

  it('mints a fresh, valid key per request when the client sends none', async () => {
    const [a, b] = [await executable(), await executable()];
    const resA = await execute(a.id);
    const resB = await execute(b.id);
    const keys = (await control.calls()).requests
      .filter((r) => r.method === 'POST')
      .map((r) => r.idempotencyKey ?? '');
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    for (const key of keys) expect(key).toMatch(IDEMPOTENCY_KEY_FORMAT);
    expect([resA.headers['idempotency-key'], resB.headers['idempotency-key']]).toEqual(keys);
  });
});

describe('E1: refused on a fresh read, before Capa is called', () => {
  async function expectRefused(id: string, body: string, status: number, code: string) {
    const error = errorOf(await execute(id, body), status, code);
    expect((await control.calls()).execute).toBe(0);
    const { items } = await auditOf(id);
    expect(items[0]).toMatchObject({ outcome: 'rejected', upstreamStatus: null, upstreamCode: code });
    expect(items[0]!.upstreamMessage).toBe(error.message);
    return error;
  }

  it('E1: a hash that is not valid for the transaction’s chain → 400 INVALID_TRANSACTION_HASH', async () => {
    const tx = await executable();
    const error = await expectRefused(tx.id, '{"transactionHash":"0x1234"}', 400, 'INVALID_TRANSACTION_HASH');
    expect(error.message).toBe(
      'The transaction hash is not a valid POL transaction hash (expected 0x followed by 64 hexadecimal digits). Nothing was executed.',
    );
    expect(error.fields).toEqual({ transactionHash: expect.stringMatching(/not a valid POL/) });
    // Refused, not taken: a corrected attempt goes through.
    expect((await execute(tx.id, JSON.stringify({ transactionHash: EVM_HASH }))).status).toBe(200);
  });

  it('E1: a status that cannot be executed → 400 TRANSACTION_NOT_EXECUTABLE', async () => {
    const tx = await executable({ status: 'COMPLETED' });
    const error = await expectRefused(tx.id, '{}', 400, 'TRANSACTION_NOT_EXECUTABLE');
    expect(error.message).toBe(
      'A transaction in status “Completed” cannot be executed. Nothing was executed.',
    );
  });

  it('E1: an on-ramp → 400 TRANSACTION_NOT_EXECUTABLE', async () => {
    const tx = await control.create({ type: 'ON_RAMP', status: 'PENDING' });
    const error = await expectRefused(tx.id, '{}', 400, 'TRANSACTION_NOT_EXECUTABLE');
    expect(error.message).toMatch(/^Only off-ramp transactions can be executed/);
  });

  it('E1: another partner’s transaction is not ours to see → 404, nothing executed', async () => {
    const theirs = await control.create({ partner: 1, type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED' });
    const error = await expectRefused(theirs.id, '{}', 404, 'TRANSACTION_NOT_FOUND');
    expect(error.message).toMatch(/does not exist, or belongs to another partner/);
    expect((await control.get(theirs.id)).executed).toBeNull();
  });

  it('E1: an unknown transaction → 404 TRANSACTION_NOT_FOUND', async () => {
    await expectRefused('00000000-0000-4000-8000-000000000000', '{}', 404, 'TRANSACTION_NOT_FOUND');
  });
});

describe('Capa’s refusals in words an agent understands; a definitive failure releases the intent', () => {
  const capa400 = (message: string) => ({
    route: 'execute',
    status: 400,
    body: { success: false, error: { code: 'INVALID_USER_INPUT_ERROR', message } },
  });

  it('a hash Capa refuses → 400 INVALID_TRANSACTION_HASH, recorded as failed; a corrected attempt succeeds', async () => {
    const tx = await executable();
    await control.fault(capa400('Invalid User Input: transactionHash is not a valid POL transaction hash'));
    const error = errorOf(
      await execute(tx.id, JSON.stringify({ transactionHash: EVM_HASH })),
      400,
      'INVALID_TRANSACTION_HASH',
    );
    expect(error.message).toMatch(/Capa did not accept the transaction hash/);
    const { items } = await auditOf(tx.id);
    expect(items[0]).toMatchObject({
      outcome: 'failed',
      upstreamStatus: 400,
      upstreamCode: 'INVALID_USER_INPUT_ERROR',
    });
    expect((await execute(tx.id)).status).toBe(200);
    expect((await control.calls()).execute).toBe(2);
  });

  it('Capa says it is no longer executable → 400 TRANSACTION_NOT_EXECUTABLE', async () => {
    const tx = await executable();
    await control.fault(capa400('Invalid transaction state transition'));
    const error = errorOf(await execute(tx.id), 400, 'TRANSACTION_NOT_EXECUTABLE');
    expect(error.message).toMatch(/may have been executed already or moved on/);
  });

  it('Capa says it is not ours → 403 TRANSACTION_ACCESS_DENIED', async () => {
    const tx = await executable();
    await control.fault({
      route: 'execute',
      status: 403,
      body: {
        success: false,
        error: { code: 'TRANSACTION_ACCESS_DENIED', message: 'Transaction does not belong to this partner' },
      },
    });
    expect(errorOf(await execute(tx.id), 403, 'TRANSACTION_ACCESS_DENIED').message).toBe(
      'This transaction belongs to another partner.',
    );
  });

  it('Capa says not found → 404 TRANSACTION_NOT_FOUND', async () => {
    const tx = await executable();
    await control.fault({
      route: 'execute',
      status: 404,
      body: { success: false, error: { code: 'TRANSACTION_NOT_FOUND', message: 'Transaction not found' } },
    });
    errorOf(await execute(tx.id), 404, 'TRANSACTION_NOT_FOUND');
    expect((await auditOf(tx.id)).blockingIntent).toBeNull();
  });

  it.each([
    [
      'Capa’s words in a NestJS body',
      { statusCode: 404, message: 'Transaction not found', error: 'Not Found' },
      404,
      'TRANSACTION_NOT_FOUND',
    ],
    [
      'a NestJS “no such route”',
      { statusCode: 404, message: 'Cannot POST /x', error: 'Not Found' },
      502,
      'UPSTREAM_REFUSED',
    ],
  ])(
    '%s: a definitive refusal, and the audit says what the agent is told',
    async (_name, body, status, code) => {
      const tx = await executable();
      await control.fault({ route: 'execute', status: 404, body });
      const error = errorOf(await execute(tx.id), status, code);
      const { items, blockingIntent } = await auditOf(tx.id);
      expect(items[0]).toMatchObject({
        outcome: 'failed',
        upstreamStatus: 404,
        upstreamCode: code,
        upstreamMessage: error.message,
      });
      expect(error.message).not.toMatch(/Cannot POST/);
      expect(blockingIntent).toBeNull();
    },
  );
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
