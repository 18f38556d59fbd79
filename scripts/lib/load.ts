/**
 * autocannon runs for the server benchmarks, with latencies taken from every response (autocannon's
 * own histogram rounds to whole milliseconds; the overheads we compare are smaller than that).
 */
import autocannon from 'autocannon';
import { Pool } from 'undici';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts and non-2xx answers together. */
  errors: number;
  total: number;
}

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  /** Requests per second over all connections; unset: as fast as they go. */
  overallRate?: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: options.url,
    headers: options.headers,
    connections: options.connections,
    duration: options.seconds,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await instance;
  const sorted = Float64Array.from(latencies).sort();
  return {
    requestsPerSecond: result.requests.total / options.seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  };
}

/**
 * One connection, one request at a time, timed here: the 1-connection latencies (autocannon's
 * per-response times can include time a request waited in its own queue).
 */
export async function sequential(
  url: string,
  headers: Record<string, string>,
  requests: number,
): Promise<{ p50Ms: number; p99Ms: number; requestsPerSecond: number }> {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections: 1 });
  const times = new Float64Array(requests);
  const started = performance.now();
  try {
    for (let i = 0; i < requests; i++) {
      const t0 = performance.now();
      const res = await pool.request({ method: 'GET', path: `${target.pathname}${target.search}`, headers });
      await res.body.arrayBuffer();
      if (res.statusCode !== 200) throw new Error(`${url}: HTTP ${res.statusCode}`);
      times[i] = performance.now() - t0;
    }
  } finally {
    await pool.close();
  }
  const total = performance.now() - started;
  times.sort();
  return {
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    requestsPerSecond: (requests / total) * 1000,
  };
}
