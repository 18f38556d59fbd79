/**
 * `npm run dev`: the BFF (with the sandbox unless an upstream is configured) in watch mode on
 * port 8787, and Vite with HMR on 5173 proxying /api and /health to it (vite.config.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';

const bffPort = process.env.RAMPDESK_DEV_BFF_PORT ?? '8787';
const vitePort = '5173';
// The BFF answers only its public origins (docs/security.md C5): here the page is Vite's, whose proxy
// passes the browser's Host and Origin through (changeOrigin: false), and the BFF's own port stays
// usable for curl and the health probes.
const devOrigins = [vitePort, bffPort].flatMap((port) => [
  `http://127.0.0.1:${port}`,
  `http://localhost:${port}`,
]);
const children: ChildProcess[] = [];

function start(name: string, args: string[], env: NodeJS.ProcessEnv) {
  // A process group of its own: npx, tsx watch and the server it runs stop together (a signal to
  // npx alone left the server running and its port taken).
  const child = spawn('npx', args, { stdio: 'inherit', env: { ...process.env, ...env }, detached: true });
  child.on('exit', (code) => {
    console.log(`${name} exited (${code ?? 'signal'}); stopping dev.`);
    stopAll(code ?? 1);
  });
  children.push(child);
}

function stopAll(code: number) {
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // The group has already gone.
    }
  }
  process.exit(code);
}

// Serving the SPA is Vite's job here; the BFF only answers /api and /health.
start('BFF', ['tsx', 'watch', '--clear-screen=false', 'src/start.ts'], {
  PORT: bffPort,
  PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN ?? devOrigins.join(','),
  RAMPDESK_SKIP_BUILD: '1',
});
// --strictPort: on another port the page's origin would not be one the BFF accepts.
start('Vite', ['vite', '--host', '127.0.0.1', '--port', vitePort, '--strictPort'], {
  RAMPDESK_DEV_BFF: `http://127.0.0.1:${bffPort}`,
});

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
