/**
 * `npm run bench:bff [-- --seconds 10 --connections 1,10,100 --workers 1,2]`: what the BFF costs.
 * autocannon sends GET /api/transactions as a signed-in agent (session cookie + X-CSRF) to the BFF,
 * the same query straight to the sandbox, and through nginx as a plain keep-alive reverse proxy in
 * front of the sandbox (when nginx is installed), at 1, 10 and 100 connections, in one run. Prints
 * requests/s, p50, p99 and each ratio, one request at a time, the BFF's CPU time per list request
 * and its RSS. On PostgreSQL (BENCH_DATABASE_URL) the BFF runs as 1 and as 2 processes
 * (WORKERS) unless --workers says otherwise. Figures only: not part of `npm test`.
 */
import { cpus, loadavg } from 'node:os';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../src/contract/api';
import {
  startBffProcess,
  startForwarderProcess,
  startNginx,
  startSandboxProcess,
  type BffProcess,
} from './lib/bench-stack';
import { load, sequential, type LoadResult } from './lib/load';

function arg(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const list = (raw: string) =>
  raw
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

const SECONDS = Math.max(1, Number(arg('--seconds') ?? process.env.BENCH_SECONDS) || 10);
const CONNECTIONS = list(arg('--connections') ?? '1,10,100');
// BENCH_DATABASE_URL: the BFF on PostgreSQL, as several instances run; else embedded PGlite.
const DATABASE_URL = process.env.BENCH_DATABASE_URL;
const WORKERS = list(arg('--workers') ?? (DATABASE_URL ? '1,2' : '1'));
// A fixed count, whatever --seconds says, so CPU time per request compares across runs.
const SINGLE_REQUESTS = 2_000;
// The BFF's list, and the exact upstream request it turns into.
const BFF_PATH = '/api/transactions?limit=20';
const CAPA_PATH = '/api/partner/v2/transactions?skip=0&limit=20&sortBy=createdAt&sortOrder=DESC';

/** A bare Fastify + undici forwarder (bench-forwarder-child.ts): what any Node proxy costs here. */
const FLOOR = 'bare Node forwarder';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;
const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)}%`;

interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  bff?: BffProcess;
}

async function main() {
  const sandbox = await startSandboxProcess();
  const bffs: { workers: number; bff: BffProcess }[] = [];
  const nginx = await startNginx(sandbox.url);
  try {
    // The floor: any Node forwarder of this call costs this much here, before Rampdesk does anything.
    const forwarder = await startForwarderProcess(sandbox, CAPA_PATH);
    bffs.push({ workers: 0, bff: forwarder });
    for (const workers of WORKERS) {
      const env = { ...(DATABASE_URL ? { DATABASE_URL } : {}), WORKERS: String(workers) };
      bffs.push({ workers, bff: await startBffProcess(sandbox, env) });
    }
    const upstream = { 'partner-api-key': sandbox.apiKey };
    const targets: Target[] = [
      { name: 'direct (sandbox)', url: `${sandbox.url}${CAPA_PATH}`, headers: upstream },
      ...(nginx ? [{ name: 'nginx → sandbox', url: `${nginx.url}${CAPA_PATH}`, headers: upstream }] : []),
      ...bffs.map(({ workers, bff }) => ({
        name: workers === 0 ? FLOOR : workers === 1 ? 'BFF → sandbox' : `BFF ×${workers} → sandbox`,
        url: `${bff.url}${BFF_PATH}`,
        headers: { cookie: bff.cookie, [CSRF_HEADER]: CSRF_HEADER_VALUE },
        bff,
      })),
    ];
    for (const target of targets) {
      const res = await fetch(target.url, { headers: target.headers });
      if (res.status !== 200) throw new Error(`${target.name}: HTTP ${res.status} ${await res.text()}`);
    }
    const loadBefore = loadavg()[0]!;
    console.log(`Warming up, then ${SECONDS} s per cell…`);
    for (const target of targets) await load({ ...target, connections: 10, seconds: 2 });
    const rss = new Map<string, string[]>();
    for (const t of targets)
      if (t.bff) rss.set(t.name, [`${mb((await t.bff.usage()).rssBytes)} after warm-up`]);

    const rows: Record<string, Record<string, string>> = {};
    for (const connections of CONNECTIONS) {
      const results = new Map<Target, LoadResult>();
      for (const target of targets) {
        results.set(target, await load({ ...target, connections, seconds: SECONDS }));
        if (target.bff)
          rss.get(target.name)!.push(`${mb((await target.bff.usage()).rssBytes)} after ${connections} conn`);
      }
      const direct = results.get(targets[0]!)!;
      for (const [target, r] of results) {
        const isDirect = r === direct;
        rows[`${connections} conn · ${target.name}`] = {
          'req/s': r.requestsPerSecond.toFixed(0),
          p50: ms(r.p50Ms),
          p99: ms(r.p99Ms),
          'req/s vs direct': isDirect ? '—' : pct(r.requestsPerSecond, direct.requestsPerSecond),
          'p50 vs direct': isDirect ? '—' : `+${ms(r.p50Ms - direct.p50Ms)}`,
          'p99 vs direct': isDirect ? '—' : `+${ms(r.p99Ms - direct.p99Ms)}`,
          errors: String(r.errors),
        };
      }
      const viaNginx = nginx && results.get(targets[1]!);
      for (const target of targets) {
        if (!target.bff || !viaNginx) continue;
        const viaBff = results.get(target)!;
        rows[`${connections} conn · ${target.name.replace(' → sandbox', '')} vs nginx`] = {
          'req/s': pct(viaBff.requestsPerSecond, viaNginx.requestsPerSecond),
          p50: `+${ms(viaBff.p50Ms - viaNginx.p50Ms)}`,
          p99: `+${ms(viaBff.p99Ms - viaNginx.p99Ms)}`,
        };
      }
    }
    // Latency at one connection, one request at a time, timed precisely; each BFF's CPU time over them.
    const single: Record<string, Record<string, string>> = {};
    let directP50 = NaN;
    let floorCpu = NaN;
    for (const target of targets) {
      const cpuBefore = target.bff ? (await target.bff.usage()).cpuMicros : 0;
      const r = await sequential(target.url, target.headers, SINGLE_REQUESTS);
      if (target === targets[0]) directP50 = r.p50Ms;
      single[target.name] = {
        'req/s': r.requestsPerSecond.toFixed(0),
        p50: ms(r.p50Ms),
        p99: ms(r.p99Ms),
        'p50 over direct': target === targets[0] ? '—' : `+${ms(r.p50Ms - directP50)}`,
        'CPU per request': '',
        'CPU vs forwarder': '',
      };
      if (target.bff) {
        const cpu = ((await target.bff.usage()).cpuMicros - cpuBefore) / SINGLE_REQUESTS;
        if (target.name === FLOOR) floorCpu = cpu;
        single[target.name]!['CPU per request'] = `${cpu.toFixed(0)} µs`;
        single[target.name]!['CPU vs forwarder'] =
          target.name === FLOOR ? '—' : `${(cpu / floorCpu).toFixed(1)}×`;
      }
    }
    console.log('');
    console.table(rows);
    console.log(
      `One connection, one request at a time (${SINGLE_REQUESTS}); CPU per request: the BFF's user + system time, all its processes:`,
    );
    console.table(single);
    for (const [name, figures] of rss) console.log(`${name} RSS: ${figures.join(', ')}.`);
    console.log(
      `Machine: ${cpus().length}× ${cpus()[0]?.model.trim()}, Node ${process.version}; load generator, BFF, sandbox` +
        `${nginx ? ' and nginx (1 worker)' : ''} share it; BFF database: ${DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}` +
        `; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after.` +
        `${nginx ? '' : ' nginx not installed: no proxy baseline.'}`,
    );
  } finally {
    await nginx?.close();
    for (const { bff } of bffs) await bff.close();
    await sandbox.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
