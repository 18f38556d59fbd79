import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../../src/contract/api';
import type { BffProcess } from './bench-stack';

/**
 * GET /api/transactions?<query> as the bench agent, timed: the page, its ms, and the Capa calls
 * the BFF made for it (x-upstream-calls). A status other than 200 ends the bench.
 */
export function timedList(bff: BffProcess) {
  const headers = { cookie: bff.cookie, [CSRF_HEADER]: CSRF_HEADER_VALUE };
  return async (query: string) => {
    const started = performance.now();
    const res = await fetch(`${bff.url}/api/transactions?${query}`, { headers });
    if (res.status !== 200) throw new Error(`list: HTTP ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { total: number; items: { createdAt: string }[] };
    return { body, ms: performance.now() - started, calls: Number(res.headers.get('x-upstream-calls')) };
  };
}

/**
 * GET /api/transactions/totals?<query> as the bench agent, timed, with its Capa calls. A view too
 * large to add up (VIEW_TOO_LARGE) is a figure too: it answers at once, without reading a row.
 */
export function timedTotals(bff: BffProcess) {
  const headers = { cookie: bff.cookie, [CSRF_HEADER]: CSRF_HEADER_VALUE };
  return async (query: string) => {
    const started = performance.now();
    const res = await fetch(`${bff.url}/api/transactions/totals?${query}`, { headers });
    const body = (await res.json()) as { count?: number; error?: { code: string } };
    if (res.status !== 200 && body.error?.code !== 'VIEW_TOO_LARGE')
      throw new Error(`totals: HTTP ${res.status} ${JSON.stringify(body)}`);
    return {
      answer: res.status === 200 ? `${body.count!.toLocaleString('en-US')} rows added` : 'too large to add',
      ms: performance.now() - started,
      calls: Number(res.headers.get('x-upstream-calls')),
    };
  };
}
