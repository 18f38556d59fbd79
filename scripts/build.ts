/**
 * `npm run build`: the SPA (dist/, Vite) and the server bundle (dist-server/, esbuild). With
 * `--if-stale` (what `npm start` runs first, scripts/start.mjs) only what is missing or older than
 * its sources, and not the SPA when RAMPDESK_SKIP_BUILD is set (the caller serves one built
 * elsewhere, e.g. e2e's). The server is always brought up to date: it is what runs next.
 */
import { resolve } from 'node:path';
import { buildServer, serverBuildIsStale } from './lib/server-build';
import { buildSpa, spaBuildIsStale } from './lib/spa-build';

const root = resolve(import.meta.dirname, '..');
const ifStale = process.argv.includes('--if-stale');
const staticDir = process.env.STATIC_DIR ?? 'dist';

if (
  !ifStale ||
  (staticDir && !process.env.RAMPDESK_SKIP_BUILD && spaBuildIsStale(root, resolve(root, staticDir)))
) {
  if (ifStale) console.log('Building the web app (first start or sources changed)…');
  await buildSpa(root);
}
if (!ifStale || serverBuildIsStale(root)) {
  if (ifStale) console.log('Building the server (first start or sources changed)…');
  await buildServer(root);
}
