/**
 * `npm start` as a child process (scripts/start.mjs: the server bundle under plain node), for the
 * tests that need the real launcher: its URL once it says it is running, and everything it printed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface StartedServer {
  child: ChildProcess;
  url: string;
  /** stdout and stderr so far, interleaved. */
  output(): string;
}

/** Starts it with only `env` (and PATH) and waits for `ready` in its output; kill it when done. */
export async function startNpmStart(
  env: Record<string, string>,
  { ready = /Rampdesk is running: \S+/, timeoutMs = 60_000 }: { ready?: RegExp; timeoutMs?: number } = {},
): Promise<StartedServer> {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  while (!ready.test(out)) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`did not start:\n${out}`);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  return { child, url: /Rampdesk is running: (\S+)/.exec(out)![1]!, output: () => out };
}
