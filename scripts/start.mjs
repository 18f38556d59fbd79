/**
 * `npm start`: brings the SPA (dist/) and the server bundle (dist-server/start.js) up to date,
 * then runs the server in this very process, under plain `node`.
 *
 * Plain JavaScript on purpose: under tsx's loader the BFF process holds ~32 MB more RSS for its
 * whole life (docs/performance.md, "Memory"). The build needs TypeScript tooling, so it runs in a
 * short-lived child (scripts/build.ts, under tsx) and leaves nothing loaded here. Running the
 * bundle here rather than in another child keeps one process: SIGINT/SIGTERM reach the server's
 * own handlers (server/exit-on-signal.ts), and WORKERS>1 forks this script, so the workers are
 * plain `node` too. package.json says `exec node …`: npm's shell becomes this process, so the
 * SIGTERM npm passes on reaches the server (the shell would die of it, leaving the server running).
 */
import { spawnSync } from 'node:child_process';
import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';

// A worker of WORKERS>1 runs this script too: its primary has built already.
if (cluster.isPrimary) {
  const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--if-stale'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
await import('../dist-server/start.js');
