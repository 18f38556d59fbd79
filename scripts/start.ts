/**
 * `npm start`: builds the SPA when dist/ is missing or older than its sources (so a fresh clone
 * works with no separate build step), then runs the composition root, src/start.ts.
 */
import cluster from 'node:cluster';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSpa, spaBuildIsStale } from './lib/spa-build';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = process.env.STATIC_DIR ?? 'dist';

// A worker of WORKERS>1 runs this script too: its primary has built already.
if (
  cluster.isPrimary &&
  staticDir &&
  !process.env.RAMPDESK_SKIP_BUILD &&
  spaBuildIsStale(root, resolve(root, staticDir))
) {
  console.log('Building the web app (first start or sources changed)…');
  await buildSpa(root);
}
await import('../src/start');
