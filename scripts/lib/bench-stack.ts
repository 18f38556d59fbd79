/**
 * Processes the server benchmarks measure, each on its own free loopback port: the Capa sandbox
 * (`src/sandbox/main.ts`), the BFF (bench-bff-child.ts, talking to that sandbox) and, when it is
 * installed, nginx as a plain keep-alive reverse proxy in front of the sandbox. The BFF runs
 * bundled under plain `node`, as `npm start` runs it (server-build.ts); BENCH_TSX=1 runs it from
 * source under tsx instead, to compare.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BffUsage } from './bench-bff-child';
import { BENCH_BFF_BUNDLE, ensureServerBuild } from './server-build';

const ROOT = resolve(import.meta.dirname, '../..');
export const NGINX = '/usr/sbin/nginx';

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with code ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Ends a child: SIGTERM at once, or after `graceMs` when it was asked to stop by itself. */
function stop(child: ChildProcess, graceMs = 0): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    setTimeout(() => child.kill('SIGTERM'), graceMs).unref();
    setTimeout(() => child.kill('SIGKILL'), graceMs + 5_000).unref();
  });
}

export interface Sandbox {
  url: string;
  apiKey: string;
  close(): Promise<void>;
}

export async function startSandboxProcess(size = 5_000): Promise<Sandbox> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      SANDBOX_PORT: String(port),
      SANDBOX_SIZE: String(size),
      SANDBOX_LIFECYCLE_STEP_MS: '3600000',
    },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/__sandbox/info`, child);
  const info = (await (await fetch(`${url}/__sandbox/info`)).json()) as { partners: { apiKey: string }[] };
  return { url, apiKey: info.partners[0]!.apiKey, close: () => stop(child) };
}

export interface BffProcess {
  url: string;
  /** Session cookie of a signed-in viewer. */
  cookie: string;
  usage(): Promise<BffUsage>;
  resetLoopDelay(): void;
  close(): Promise<void>;
}

export async function startBffProcess(
  sandbox: Sandbox,
  env: Record<string, string> = {},
  /** Extra node flags, e.g. --cpu-prof to see where the time goes. */
  nodeArgs: string[] = [],
): Promise<BffProcess> {
  const script =
    process.env.BENCH_TSX === '1'
      ? ['--import', 'tsx', BENCH_BFF_BUNDLE.entry]
      : [await ensureServerBuild(ROOT, BENCH_BFF_BUNDLE)];
  return startChild(script, sandbox, env, nodeArgs);
}

/** A bare forwarder of `capaPath` (bench-forwarder-child.ts): the floor any Node proxy costs here. */
export function startForwarderProcess(sandbox: Sandbox, capaPath: string): Promise<BffProcess> {
  const script = ['--import', 'tsx', 'scripts/lib/bench-forwarder-child.ts'];
  return startChild(script, sandbox, { BENCH_CAPA_PATH: capaPath }, []);
}

async function startChild(
  /** What node runs after `nodeArgs`: a bundle, or `--import tsx` and a source file. */
  script: string[],
  sandbox: Sandbox,
  env: Record<string, string>,
  nodeArgs: string[],
): Promise<BffProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rampdesk-bench-bff-'));
  const child = spawn(process.execPath, [...nodeArgs, ...script], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: {
      ...process.env,
      CAPA_API_BASE_URL: sandbox.url,
      CAPA_PARTNER_API_KEY: sandbox.apiKey,
      RAMPDESK_ENV: 'sandbox',
      PORT: '0',
      RAMPDESK_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
  const ready = await new Promise<{ url: string; cookie: string }>((done, fail) => {
    child.once('exit', (code) => fail(new Error(`the BFF exited with code ${code}`)));
    child.on('message', (m: { type: string; url: string; cookie: string }) => {
      if (m.type === 'ready') done(m);
    });
  });
  return {
    ...ready,
    usage: () =>
      new Promise((done) => {
        const listener = (m: { type: string } & BffUsage) => {
          if (m.type !== 'usage') return;
          child.off('message', listener);
          done(m);
        };
        child.on('message', listener);
        child.send('usage');
      }),
    resetLoopDelay: () => void child.send('reset-loop-delay'),
    close: async () => {
      child.send('stop');
      await stop(child, 10_000);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** nginx with one worker (as the BFF has one event loop), no access log, keep-alive upstream. */
export async function startNginx(upstream: string): Promise<{ url: string; close(): Promise<void> } | null> {
  if (!existsSync(NGINX)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'rampdesk-bench-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream sandbox { server ${new URL(upstream).host}; keepalive 64; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://sandbox;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
`,
  );
  const child = spawn(NGINX, ['-p', dir, '-c', conf, '-e', `${dir}/error.log`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/__sandbox/info`, child, 10_000);
  return {
    url,
    close: async () => {
      await stop(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
