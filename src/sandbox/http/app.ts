import type { IncomingMessage, ServerResponse } from 'node:http';
import { CAPA_PATHS, PARTNER_KEY_HEADER } from '../../contract/capa';
import { CONTROL_PREFIX, handleControl } from '../control/control-routes';
import type { SandboxContext } from './context';
import { send } from './delivery';
import { handleExecute } from './execute-route';
import type { FaultRoute } from './faults';
import { notFoundRoute, readBody } from './http-response';
import { handleList } from './list-route';

function routeOf(method: string, path: string): FaultRoute {
  if (method === 'GET' && path === CAPA_PATHS.listTransactions) return 'list';
  if (method === 'POST' && path === CAPA_PATHS.executeOffRamp) return 'execute';
  return 'other';
}

/** One request: control API straight through; anything else is counted and may be faulted. */
export async function handleRequest(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse) {
  // Prefixing the origin keeps a path like //host/x a path instead of a new host.
  const url = new URL(`http://sandbox.local${req.url ?? '/'}`);
  const method = req.method ?? 'GET';
  const body = await readBody(req);
  if (url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`)) {
    return send(res, body.ok ? handleControl(ctx, req, url, body.text) : body.response);
  }
  const route = routeOf(method, url.pathname);
  ctx.calls.record(route, req, url, ctx.now());
  const fault = ctx.faults.take(route);
  const produce = () => {
    if (!body.ok) return body.response;
    // The clock is read when the operation runs (after any injected latency).
    const now = ctx.now();
    if (route === 'list') return handleList(ctx.store, req, url, now);
    if (route === 'execute') return handleExecute(ctx.store, ctx.keys, req, body.text, now);
    return notFoundRoute(method, url.pathname);
  };
  // The key this request carried, for a fault that echoes it back (faults.ts, echoKey).
  const partnerKey = req.headers[PARTNER_KEY_HEADER];
  await ctx.delivery.respond(res, fault, produce, typeof partnerKey === 'string' ? partnerKey : undefined);
}
