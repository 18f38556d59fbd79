/**
 * Test helpers for the BFF over real HTTP. Not a test file and free of sandbox imports (tests
 * pass the sandbox in), so the layering rule holds here too.
 */
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { AgentRole } from '../../contract/auth';
import { buildApp, type AppDeps } from '../app';
import type { Config, UpstreamConfig } from '../config/config';
import type { Database } from '../db/database';
import { agentHeaders, sharedTestDatabase } from './test-agents';

/** Short timeouts so fault tests finish in well under a second each. */
export const FAST_UPSTREAM = {
  connectTimeoutMs: 500,
  headersTimeoutMs: 600,
  bodyTimeoutMs: 600,
  callBudgetMs: 2_500,
  retryBaseDelayMs: 10,
  retryAfterCapMs: 1_500,
  readyTimeoutMs: 400,
} satisfies Partial<UpstreamConfig>;

/** A well-formed partner key registered nowhere: if it shows up anywhere, it leaked. */
export const CANARY_KEY = 'c0ffee00-0000-4000-8000-00000000cafe:deadbeef-0000-4000-8000-00000000beef';

export interface HttpResult {
  status: number;
  statusMessage: string;
  headers: IncomingHttpHeaders;
  text: string;
  json(): any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test convenience
}

export interface RequestInit {
  headers?: Record<string, string>;
  body?: string;
  /**
   * Whose session cookie and X-CSRF header to send (default operator, who may read and execute);
   * null: neither, as a browser that never signed in.
   */
  as?: AgentRole | null;
}

export interface Bff {
  app: FastifyInstance;
  url: string;
  database: Database;
  /** Every log line the app wrote, at debug level and above. */
  logs: string[];
  /** Every response byte received through `request`: status line, headers and body. */
  transcript: string[];
  request(method: string, path: string, init?: RequestInit): Promise<HttpResult>;
  close(): Promise<void>;
}

/** Rate limits high enough that tests which execute a lot never meet them (rate-limit tests set their own). */
export const NO_RATE_LIMITS = {
  signInPerAccountAndIp: { max: 10_000, windowMs: 60_000 },
  signInPerAccount: { max: 10_000, windowMs: 60_000 },
  signInPerIp: { max: 10_000, windowMs: 60_000 },
  executePerAgent: { max: 10_000, windowMs: 60_000 },
  changePasswordPerAgent: { max: 10_000, windowMs: 60_000 },
  collaborationPerAgent: { max: 10_000, windowMs: 60_000 },
} satisfies Config['rateLimits'];

export type TestConfig = Partial<Omit<Config, 'upstream'>> & { upstream: UpstreamConfig };

/**
 * buildApp for tests: the test file's shared in-memory database unless `deps.database` says
 * otherwise, no rate limits unless `config.rateLimits` sets some, no event-loop-delay guard unless
 * `config.overload` sets one.
 */
export async function buildTestApp(config: TestConfig, deps: AppDeps = {}): Promise<FastifyInstance> {
  return buildApp(
    {
      environment: 'custom',
      staticDir: null,
      database: { memory: true },
      logger: false,
      ...config,
      rateLimits: { ...NO_RATE_LIMITS, ...config.rateLimits },
      // A busy test machine (a stalled event loop) must not turn answers into 503s: the overload
      // guard (SECURITY L2) has its own tests, which set their limits.
      overload: { maxEventLoopDelayMs: 0, ...config.overload },
      upstream: { ...FAST_UPSTREAM, ...config.upstream },
    },
    { ...deps, database: deps.database ?? (await sharedTestDatabase()) },
  );
}

export async function startBff(config: TestConfig, deps: AppDeps = {}): Promise<Bff> {
  const logs: string[] = [];
  const transcript: string[] = [];
  const database = deps.database ?? (await sharedTestDatabase());
  const app = await buildTestApp(
    { ...config, logger: { level: 'debug', stream: { write: (line) => void logs.push(line) } } },
    { ...deps, database },
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    app,
    url,
    database,
    logs,
    transcript,
    request: async (method, path, init = {}) => {
      const as = init.as === undefined ? 'operator' : init.as;
      const signedIn = as ? await agentHeaders(database, as) : {};
      const headers: Record<string, string> = { ...signedIn, ...init.headers };
      // A test's own Cookie header joins the session cookie rather than replacing it.
      if (signedIn.cookie && init.headers?.cookie)
        headers.cookie = `${signedIn.cookie}; ${init.headers.cookie}`;
      const result = await httpRequest(url, method, path, { headers, body: init.body });
      const head = Object.entries(result.headers).map(([k, v]) => `${k}: ${String(v)}`);
      transcript.push(
        [`HTTP/1.1 ${result.status} ${result.statusMessage}`, ...head, '', result.text].join('\r\n'),
      );
      return result;
    },
    close: () => app.close(),
  };
}

export function httpRequest(
  base: string,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: string } = {},
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, base), { method, headers: init.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          statusMessage: res.statusMessage ?? '',
          headers: res.headers,
          text,
          json: () => JSON.parse(text),
        });
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

export interface FakeUpstream {
  url: string;
  calls: { method: string; url: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** A tiny upstream for faults the sandbox does not offer (oversize, slow body, odd content types). */
export async function fakeUpstream(handler: http.RequestListener): Promise<FakeUpstream> {
  const calls: FakeUpstream['calls'] = [];
  const server = http.createServer((req, res) => {
    calls.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Method and full path of every route Fastify registered, read from printRoutes' tree. */
export function registeredRoutes(app: FastifyInstance): { method: string; url: string }[] {
  const routes: { method: string; url: string }[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│├└─\s]*)(\S+?)(?: \(([^)]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    stack.push(match[2]!);
    for (const method of match[3]?.split(', ') ?? []) routes.push({ method, url: stack.join('') });
  }
  return routes;
}

export interface SandboxCall {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: string[];
  idempotencyKey: string | null;
}

/** The sandbox's control API (/__sandbox), over HTTP so this file never imports the sandbox. */
export function sandboxControl(sandboxUrl: string) {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${sandboxUrl}/__sandbox${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as T;
    if (!res.ok) throw new Error(`sandbox control ${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  return {
    reset: () => call('POST', '/reset'),
    calls: () =>
      call<{ list: number; execute: number; other: number; requests: SandboxCall[] }>('GET', '/calls'),
    resetCalls: () => call('POST', '/calls/reset'),
    fault: (fault: Record<string, unknown>) => call('POST', '/faults', fault),
    clearFaults: () => call('DELETE', '/faults'),
    create: (fields: Record<string, unknown>) =>
      call<{ id: string; [k: string]: unknown }>('POST', '/transactions', fields),
    get: (id: string) =>
      call<{ id: string; status: string; executed: { at: string; hash: string | null } | null }>(
        'GET',
        `/transactions/${id}`,
      ),
  };
}

export type SandboxControl = ReturnType<typeof sandboxControl>;

/** Fails the test if any of `secrets` occurs in any of `haystacks` (SECURITY K1, K2). */
export function expectNoSecrets(haystacks: readonly string[], secrets: readonly string[]) {
  const all = haystacks.join('\n');
  for (const secret of secrets) {
    if (all.includes(secret)) throw new Error(`a partner key leaked (${secret.slice(0, 4)}…)`);
  }
}

export interface SeenRoute {
  method: string;
  url: string;
  /** Read after the app is built: plugins may still set it while registering. */
  readonly options: RouteOptions;
}

/** An onRoute hook for buildApp's deps, and every route it saw, one entry per method. */
export function routeCollector() {
  const seen: RouteOptions[] = [];
  return {
    onRoute: (route: RouteOptions) => void seen.push(route),
    routes: (): SeenRoute[] =>
      seen.flatMap((options) =>
        [options.method].flat().map((method) => ({ method: String(method), url: options.url, options })),
      ),
  };
}
