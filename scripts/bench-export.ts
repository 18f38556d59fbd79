/**
 * `npm run bench:export [-- --export 10000,100000 --window 10000,100000,1000000 --statuses 100000]`: what the
 * reconciliation features cost, against the sandbox as a child process and the BFF as another.
 * - Export: GET /api/transactions/export.csv of a whole partner list as an operator, streamed and
 *   counted without keeping it: rows/s, Capa calls (the sandbox's own count), the BFF's RSS before
 *   and its peak during the export (sampled every 100 ms inside the BFF).
 * - Window: GET /api/transactions?from&to&limit=20 for three windows in the middle third of the
 *   list, each a new view (no cached edges): Capa calls (x-upstream-calls) and ms, against the
 *   bound 2·log2(count)+2 (+1 for the page itself).
 * - Totals of each window (GET /api/transactions/totals): its answer (or too large to add up), Capa
 *   calls and ms.
 * - Several statuses (lib/bench-statuses.ts): pages of status sets at any depth, Capa calls and ms.
 * Figures only: not part of `npm test`.
 */
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../src/contract/api';
import { timedList, timedTotals } from './lib/bench-list';
import { startBffProcess, startSandboxProcess, type BffProcess, type Sandbox } from './lib/bench-stack';
import { benchStatuses } from './lib/bench-statuses';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  // `--export none` skips that part.
  return (i > 0 ? process.argv[i + 1]! : fallback)
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
};
const EXPORT_SIZES = arg('export', '10000,100000');
const WINDOW_SIZES = arg('window', '10000,100000,1000000');
const STATUS_SIZES = arg('statuses', '100000,1000000');
/**
 * The event-loop-delay guard (docs/security.md L2) off: on a shared, loaded machine it would turn
 * some answers into 503s, and these figures are about the work, not about shedding load.
 */
const BFF_ENV = { OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0' };
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function sandboxCalls(sandbox: Sandbox): Promise<number> {
  return ((await (await fetch(`${sandbox.url}/__sandbox/calls`)).json()) as { list: number }).list;
}

/** Streams the export, counting rows (CRLF-ended records) and bytes, keeping nothing. */
function streamExport(bff: BffProcess): Promise<{ rows: number; bytes: number; complete: boolean }> {
  return new Promise((resolve, reject) => {
    const headers = { cookie: bff.cookie, [CSRF_HEADER]: CSRF_HEADER_VALUE };
    http
      .get(`${bff.url}/api/transactions/export.csv`, { headers }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`export: HTTP ${res.statusCode}`));
        let lines = 0;
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
        });
        res.on('end', () => resolve({ rows: lines - 1, bytes, complete: res.complete }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

async function benchExport(size: number) {
  const sandbox = await startSandboxProcess(size);
  const bff = await startBffProcess(sandbox, { ...BFF_ENV, BENCH_AGENT_ROLE: 'operator' });
  try {
    await fetch(`${sandbox.url}/__sandbox/calls/reset`, { method: 'POST' });
    const before = await bff.usage();
    let peak = before.rssBytes;
    const sampler = setInterval(() => {
      void bff.usage().then((u) => (peak = Math.max(peak, u.rssBytes)));
    }, 100);
    const started = performance.now();
    const result = await streamExport(bff);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, (await bff.usage()).rssBytes);
    return {
      'sandbox size': size.toLocaleString('en-US'),
      'rows exported': result.rows.toLocaleString('en-US'),
      complete: result.complete,
      'rows/s': Math.round(result.rows / seconds).toLocaleString('en-US'),
      s: seconds.toFixed(1),
      file: mb(result.bytes),
      'Capa calls': await sandboxCalls(sandbox),
      'RSS before': mb(before.rssBytes),
      'RSS peak': mb(peak),
      'RSS growth': mb(peak - before.rssBytes),
    };
  } finally {
    await bff.close();
    await sandbox.close();
  }
}

async function benchWindow(size: number) {
  const sandbox = await startSandboxProcess(size);
  const bff = await startBffProcess(sandbox, BFF_ENV);
  const get = timedList(bff);
  const totals = timedTotals(bff);
  try {
    const first = Date.parse((await get('limit=1&sortOrder=ASC')).body.items[0]!.createdAt);
    const { body, calls: plainCalls } = await get('limit=1&sortOrder=DESC');
    const count = body.total;
    const last = Date.parse(body.items[0]!.createdAt);
    const span = last - first;
    const rows = [];
    for (const [a, b] of [
      [0.34, 0.66],
      [0.4, 0.45],
      [0.5, 0.9],
    ] as const) {
      const from = new Date(first + span * a).toISOString();
      const to = new Date(first + span * b).toISOString();
      const r = await get(`from=${from}&to=${to}&limit=20`);
      rows.push({
        'partner rows': count.toLocaleString('en-US'),
        window: `${a}–${b} of the span`,
        'rows in window': r.body.total.toLocaleString('en-US'),
        'Capa calls (edges + page)': r.calls,
        'bound 2·log2(n)+2 (+1 page)': Math.floor(2 * Math.log2(count) + 2) + 1,
        ms: r.ms.toFixed(0),
        'next page calls': (await get(`from=${from}&to=${to}&limit=20&skip=20`)).calls,
      });
      const sums = await totals(`from=${from}&to=${to}`);
      Object.assign(rows.at(-1)!, {
        totals: sums.answer,
        'totals Capa calls': sums.calls,
        'totals ms': sums.ms.toFixed(0),
      });
    }
    if (plainCalls !== 1) throw new Error('a list without a window should cost one call');
    return rows;
  } finally {
    await bff.close();
    await sandbox.close();
  }
}

async function main() {
  console.log(
    `Load average at start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const exports = [];
  for (const size of EXPORT_SIZES) exports.push(await benchExport(size));
  if (exports.length) {
    console.log('Export (operator, whole partner list, streamed):');
    console.table(exports);
  }
  const windows = [];
  for (const size of WINDOW_SIZES) windows.push(...(await benchWindow(size)));
  if (windows.length) {
    console.log('Finding a window (a new view each time, so no cached edges):');
    console.table(windows);
  }
  const statuses = [];
  for (const size of STATUS_SIZES) statuses.push(...(await benchStatuses(size, BFF_ENV)));
  if (statuses.length) {
    console.log(
      'Several statuses at once (a page of 20 at the first, middle and last position; windowed: the middle half of the span):',
    );
    console.table(statuses);
  }
  console.log(
    `Machine: ${cpus().length}× ${cpus()[0]?.model.trim()}, Node ${process.version}; load average at end ` +
      `${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}; BFF, sandbox and this script share it.`,
  );
}

await main();
