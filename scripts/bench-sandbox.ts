/**
 * `npm run bench:sandbox`: list-query latency of the Capa sandbox over real HTTP at 10k, 100k and
 * 1M seeded transactions, plus seeding time and memory. Sizes can be narrowed for a quick look:
 * `npm run bench:sandbox -- 10000,100000`.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { Agent, request } from 'undici';
import { CAPA_PATHS } from '../src/contract/capa';
import { FIAT_CURRENCIES, TRANSACTION_TYPES } from '../src/contract/enums';
import { TRANSACTION_STATUSES } from '../src/contract/statuses';
import { startSandbox, type RunningSandbox } from '../src/sandbox/server';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const SIZES = (process.argv[2] ?? '10000,100000,1000000').split(',').map(Number);
const RUNS = 200;
const WARMUP = 20;
const BUDGET_MS = 50;

type Params = Record<string, string | number>;
interface Scenario {
  name: string;
  filtered: boolean;
  params: (i: number) => Params;
}

const agent = new Agent({ connections: 1, pipelining: 1 });

async function list(sb: RunningSandbox, params: Params): Promise<{ ms: number; body: string }> {
  const qs = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const started = performance.now();
  const res = await request(`${sb.url}${CAPA_PATHS.listTransactions}?${qs}`, {
    dispatcher: agent,
    headers: { 'partner-api-key': sb.partners[0].apiKey },
  });
  const body = await res.body.text();
  if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}: ${body}`);
  return { ms: performance.now() - started, body };
}

function scenarios(count: number, users: string[]): Scenario[] {
  const pick = <T>(items: readonly T[], i: number) => items[i % items.length]!;
  return [
    { name: 'no filter, first page', filtered: false, params: () => ({}) },
    { name: 'status', filtered: true, params: (i) => ({ status: pick(TRANSACTION_STATUSES, i) }) },
    {
      name: 'status+type+currency',
      filtered: true,
      params: (i) => ({
        status: pick(['COMPLETED', 'CRYPTO_RECEIVED', 'PENDING_PAYMENT', 'IN_PROGRESS'], i),
        type: pick(TRANSACTION_TYPES, i >> 2),
        fiatCurrency: pick(FIAT_CURRENCIES, i >> 4),
      }),
    },
    { name: 'userId', filtered: true, params: (i) => ({ userId: pick(users, i) }) },
    {
      name: 'limit=100',
      filtered: false,
      params: (i) => ({ limit: 100, skip: (i * 100) % Math.max(1, count - 100) }),
    },
    {
      name: 'deep skip, no filter',
      filtered: false,
      params: (i) => ({ skip: Math.max(0, count - 20 - i * 37), sortOrder: i % 2 ? 'ASC' : 'DESC' }),
    },
    {
      name: 'deep skip, type+currency',
      filtered: true,
      params: (i) => ({
        type: 'OFF_RAMP',
        fiatCurrency: 'MXN',
        skip: Math.floor((count * 0.12 * (i % 10)) / 10),
      }),
    },
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const fmt = (ms: number) => ms.toFixed(2).padStart(7);
const rows: string[] = [];
let worstFiltered = 0;

for (const size of SIZES) {
  gc();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const sb = await startSandbox({ size });
  const seedMs = performance.now() - started;
  gc();
  const rss = process.memoryUsage().rss;
  const first = JSON.parse((await list(sb, { limit: 100 })).body) as {
    data: { count: number; data: { userId: string }[] };
  };
  const users = [...new Set(first.data.data.map((t) => t.userId))];
  console.log(
    `\n${size.toLocaleString('en')} transactions: seeded in ${seedMs.toFixed(0)} ms, ` +
      `RSS ${(rss / 2 ** 20).toFixed(0)} MiB (+${((rss - rssBefore) / 2 ** 20).toFixed(0)} MiB), partner 0 sees ${first.data.count.toLocaleString('en')}`,
  );
  console.log(`  ${'query'.padEnd(26)}    p50 ms    p99 ms    max ms`);
  for (const s of scenarios(first.data.count, users)) {
    for (let i = 0; i < WARMUP; i++) await list(sb, s.params(i));
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push((await list(sb, s.params(i))).ms);
    times.sort((a, b) => a - b);
    const [p50, p99, max] = [percentile(times, 50), percentile(times, 99), times.at(-1)!];
    if (s.filtered && size >= 1_000_000) worstFiltered = Math.max(worstFiltered, p99);
    console.log(`  ${s.name.padEnd(26)} ${fmt(p50)}   ${fmt(p99)}   ${fmt(max)}`);
    rows.push(`| ${size.toLocaleString('en')} | ${s.name} | ${p50.toFixed(2)} | ${p99.toFixed(2)} |`);
  }
  await sb.close();
}
await agent.close();

console.log(`\n| size | query | p50 ms | p99 ms |\n|---|---|---|---|\n${rows.join('\n')}`);
if (SIZES.includes(1_000_000)) {
  const ok = worstFiltered < BUDGET_MS;
  console.log(
    `\nWorst filtered p99 at 1M: ${worstFiltered.toFixed(2)} ms (budget ${BUDGET_MS} ms): ${ok ? 'OK' : 'TOO SLOW'}`,
  );
  if (!ok) process.exitCode = 1;
}
