/**
 * `npm run dev`: the BFF (with the sandbox unless an upstream is configured) in watch mode on
 * port 8787, and Vite with HMR on 5173 proxying /api and /health to it (vite.config.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';

const bffPort = process.env.RAMPDESK_DEV_BFF_PORT ?? '8787';
const children: ChildProcess[] = [];

function start(name: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    console.log(`${name} exited (${code ?? 'signal'}); stopping dev.`);
    stopAll(code ?? 1);
  });
  children.push(child);
}

function stopAll(code: number) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}

// Serving the SPA is Vite's job here; the BFF only answers /api and /health.
start('BFF', ['tsx', 'watch', '--clear-screen=false', 'src/start.ts'], {
  PORT: bffPort,
  RAMPDESK_SKIP_BUILD: '1',
});
start('Vite', ['vite', '--host', '127.0.0.1'], { RAMPDESK_DEV_BFF: `http://127.0.0.1:${bffPort}` });

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
