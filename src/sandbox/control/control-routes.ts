import type { IncomingMessage } from 'node:http';
import { uuid } from '../../contract/query-fields';
import type { SandboxContext } from '../http/context';
import { faultSchema } from '../http/faults';
import {
  capaError,
  describeIssues,
  jsonResponse,
  notFoundRoute,
  type SandboxResponse,
} from '../http/http-response';
import { createTransaction } from './control-create';

/**
 * Control API, sandbox only: no partner key, never faulted, never counted in /calls. Successful
 * answers are plain JSON (no Capa envelope); errors use Capa's error envelope.
 *
 *   POST   /__sandbox/reset             back to the seed: drops created transactions, executions,
 *                                       idempotency keys, faults and call counters → {reset:true}
 *   GET    /__sandbox/info              seed, size, anchor, lifecycleStepMs and both partners
 *   POST   /__sandbox/transactions      {partner?: 0|1, ...any transaction fields} → 201 the full
 *                                       transaction, defaults filled in (OFF_RAMP, PENDING,
 *                                       createdAt now, a user of that partner, valid bank account)
 *   GET    /__sandbox/transactions/:id  the transaction as Capa reports it now, whatever the
 *                                       partner, plus partnerId and executed: {at, hash} | null
 *   GET    /__sandbox/faults            the faults waiting to apply
 *   POST   /__sandbox/faults            register a fault (see faults.ts) → 201 {id, remaining, fault}
 *   DELETE /__sandbox/faults            clear all faults → {cleared: n}
 *   GET    /__sandbox/calls             {list, execute, other, requests: last 200}
 *   POST   /__sandbox/calls/reset       zero the call log
 */
export const CONTROL_PREFIX = '/__sandbox';

function badInput(message: string): SandboxResponse {
  return capaError(400, 'INVALID_USER_INPUT_ERROR', message);
}

function parseJson(body: string): { ok: true; value: unknown } | { ok: false } {
  if (body.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false };
  }
}

export function handleControl(
  ctx: SandboxContext,
  req: IncomingMessage,
  url: URL,
  body: string,
): SandboxResponse {
  const { store } = ctx;
  const method = req.method ?? 'GET';
  const path = url.pathname.slice(CONTROL_PREFIX.length);
  const route = `${method} ${path}`;
  const now = ctx.now();
  if (route === 'POST /reset') {
    store.reset();
    ctx.keys.clear();
    ctx.faults.clear();
    ctx.calls.reset();
    return jsonResponse(200, { reset: true });
  }
  if (route === 'GET /info') {
    const { seed, size, anchor, lifecycleStepMs } = ctx.settings;
    return jsonResponse(200, {
      seed,
      size,
      anchor: new Date(anchor).toISOString(),
      lifecycleStepMs,
      partners: store.partners,
    });
  }
  if (route === 'POST /transactions' || route === 'POST /faults') {
    const json = parseJson(body);
    if (!json.ok) return badInput('The body is not valid JSON');
    if (route === 'POST /faults') {
      const fault = faultSchema.safeParse(json.value);
      if (!fault.success) return badInput(describeIssues(fault.error.issues));
      const active = ctx.faults.add(fault.data);
      return jsonResponse(201, {
        id: active.id,
        remaining: fault.data.times === 0 ? null : fault.data.times,
        fault: fault.data,
      });
    }
    const created = createTransaction(store, json.value, now);
    return created.ok ? jsonResponse(201, created.tx) : badInput(created.message);
  }
  const one = /^\/transactions\/([^/]+)$/.exec(path);
  if (method === 'GET' && one) {
    const id = uuid.safeParse(decodeURIComponent(one[1]!));
    const ref = id.success ? store.find(id.data) : null;
    if (ref === null) return capaError(404, 'TRANSACTION_NOT_FOUND', 'Transaction not found');
    const exec = store.execution(ref);
    return jsonResponse(200, {
      ...store.transaction(ref, now),
      partnerId: store.partners[store.partnerOf(ref)]!.id,
      executed: exec ? { at: new Date(exec.at).toISOString(), hash: exec.hash } : null,
    });
  }
  if (route === 'GET /faults') return jsonResponse(200, { faults: ctx.faults.list() });
  if (route === 'DELETE /faults') {
    const cleared = ctx.faults.list().length;
    ctx.faults.clear();
    return jsonResponse(200, { cleared });
  }
  if (route === 'GET /calls') return jsonResponse(200, ctx.calls.snapshot());
  if (route === 'POST /calls/reset') {
    ctx.calls.reset();
    return jsonResponse(200, { reset: true });
  }
  return notFoundRoute(method, url.pathname);
}
