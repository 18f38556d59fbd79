/**
 * `npm run bench:bff [-- --seconds 10]`: what the BFF costs. autocannon sends GET /api/transactions
 * as a signed-in agent (session cookie + X-CSRF) to the BFF, the same query straight to the
 * sandbox, and through nginx as a plain keep-alive reverse proxy in front of the sandbox (when
 * nginx is installed), at 1, 10 and 100 connections, in one run. Prints requests/s, p50, p99 and
 * each ratio to direct, and the BFF's RSS. Figures only: not part of `npm test`.
 */
import { cpus } from 'node:os';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../src/contract/api';
import { startBffProcess, startNginx, startSandboxProcess } from './lib/bench-stack';
import { load, sequential, type LoadResult } from './lib/load';

const secondsArg = process.argv.indexOf('--seconds');
const SECONDS = Math.max(
  1,
  Number(secondsArg > 0 ? process.argv[secondsArg + 1] : process.env.BENCH_SECONDS) || 10,
);
const connectionsArg = process.argv.indexOf('--connections');
// --connections 10 (or 1,10): only these cells, for a quicker look.
const CONNECTIONS = (connectionsArg > 0 ? process.argv[connectionsArg + 1]! : '1,10,100')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
// A fixed count, whatever --seconds says, so CPU time per request compares across runs.
const SINGLE_REQUESTS = 2_000;
// The BFF's list, and the exact upstream request it turns into.
const BFF_PATH = '/api/transactions?limit=20';
const CAPA_PATH = '/api/partner/v2/transactions?skip=0&limit=20&sortBy=createdAt&sortOrder=DESC';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main() {
  const sandbox = await startSandboxProcess();
  // BENCH_DATABASE_URL: the BFF on PostgreSQL, as several instances run; else embedded PGlite.
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  const bff = await startBffProcess(sandbox, databaseUrl ? { DATABASE_URL: databaseUrl } : {});
  const nginx = await startNginx(sandbox.url);
  try {
    const targets: { name: string; url: string; headers: Record<string, string> }[] = [
      {
        name: 'direct (sandbox)',
        url: `${sandbox.url}${CAPA_PATH}`,
        headers: { 'partner-api-key': sandbox.apiKey },
      },
      ...(nginx
        ? [
            {
              name: 'nginx → sandbox',
              url: `${nginx.url}${CAPA_PATH}`,
              headers: { 'partner-api-key': sandbox.apiKey },
            },
          ]
        : []),
      {
        name: 'BFF → sandbox',
        url: `${bff.url}${BFF_PATH}`,
        headers: { cookie: bff.cookie, [CSRF_HEADER]: CSRF_HEADER_VALUE },
      },
    ];
    for (const target of targets) {
      const res = await fetch(target.url, { headers: target.headers });
      if (res.status !== 200) throw new Error(`${target.name}: HTTP ${res.status} ${await res.text()}`);
    }
    console.log(`Warming up, then ${SECONDS} s per cell…`);
    for (const target of targets) await load({ ...target, connections: 10, seconds: 2 });
    const rssAtStart = (await bff.usage()).rssBytes;

    const rows: Record<string, Record<string, string>> = {};
    const bffRss: Record<number, number> = {};
    for (const connections of CONNECTIONS) {
      const results = new Map<string, LoadResult>();
      for (const target of targets) {
        results.set(target.name, await load({ ...target, connections, seconds: SECONDS }));
        if (target.name.startsWith('BFF')) bffRss[connections] = (await bff.usage()).rssBytes;
      }
      const direct = results.get('direct (sandbox)')!;
      for (const [name, r] of results) {
        const isDirect = r === direct;
        rows[`${connections} conn · ${name}`] = {
          'req/s': r.requestsPerSecond.toFixed(0),
          p50: ms(r.p50Ms),
          p99: ms(r.p99Ms),
          'req/s vs direct': isDirect
            ? '—'
            : `${((r.requestsPerSecond / direct.requestsPerSecond) * 100).toFixed(0)}%`,
          'p50 vs direct': isDirect ? '—' : `+${ms(r.p50Ms - direct.p50Ms)}`,
          'p99 vs direct': isDirect ? '—' : `+${ms(r.p99Ms - direct.p99Ms)}`,
          errors: String(r.errors),
        };
      }
      const viaNginx = results.get('nginx → sandbox');
      const viaBff = results.get('BFF → sandbox')!;
      if (viaNginx)
        rows[`${connections} conn · BFF vs nginx`] = {
          'req/s': `${((viaBff.requestsPerSecond / viaNginx.requestsPerSecond) * 100).toFixed(0)}%`,
          p50: `+${ms(viaBff.p50Ms - viaNginx.p50Ms)}`,
          p99: `+${ms(viaBff.p99Ms - viaNginx.p99Ms)}`,
        };
    }
    // Latency at one connection, one request at a time, timed precisely; the BFF's CPU time over them.
    const single: Record<string, Record<string, string>> = {};
    const directSingle = await sequential(targets[0]!.url, targets[0]!.headers, SINGLE_REQUESTS);
    let cpuPerRequest = NaN;
    for (const target of targets) {
      const isBff = target.name.startsWith('BFF');
      const cpuBefore = isBff ? (await bff.usage()).cpuMicros : 0;
      const r =
        target === targets[0] ? directSingle : await sequential(target.url, target.headers, SINGLE_REQUESTS);
      if (isBff) cpuPerRequest = ((await bff.usage()).cpuMicros - cpuBefore) / SINGLE_REQUESTS;
      single[target.name] = {
        'req/s': r.requestsPerSecond.toFixed(0),
        p50: ms(r.p50Ms),
        p99: ms(r.p99Ms),
        'p50 over direct': target === targets[0] ? '—' : `+${ms(r.p50Ms - directSingle.p50Ms)}`,
      };
    }
    console.log('');
    console.table(rows);
    console.log('One connection, one request at a time:');
    console.table(single);
    console.log(
      `BFF CPU time per list request: ${cpuPerRequest.toFixed(0)} µs (user + system over ${SINGLE_REQUESTS} requests, one at a time).`,
    );
    console.log(
      `BFF RSS: ${mb(rssAtStart)} after warm-up; ${CONNECTIONS.map((c) => `${mb(bffRss[c]!)} after ${c} conn`).join(', ')}.`,
    );
    console.log(
      `Machine: ${cpus().length}× ${cpus()[0]?.model.trim()}, Node ${process.version}; load generator, BFF, sandbox` +
        `${nginx ? ' and nginx (1 worker)' : ''} share it; BFF database: ${databaseUrl ? 'PostgreSQL' : 'embedded PGlite'}.` +
        `${nginx ? '' : ' nginx not installed: no proxy baseline.'}`,
    );
  } finally {
    await nginx?.close();
    await bff.close();
    await sandbox.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
