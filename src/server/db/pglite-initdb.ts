import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../project-root';
import { PGLITE_NODE_FLAGS } from './pglite-wasm';

const SCRIPT = `
const { PGlite } = await import(process.env.PGLITE_MODULE);
const db = await PGlite.create({ dataDir: process.env.PGLITE_DIR, startParams: JSON.parse(process.env.PGLITE_PARAMS) });
await db.close();
`;

/**
 * Creates a new PGlite data directory (initdb) in a throwaway process. Run in the BFF's own
 * process, initdb leaves 400–500 MB of WebAssembly memory behind that the process would carry for
 * its whole life (docs/performance.md, "PGlite's footprint"); a new process costs a second once.
 */
export async function initPgliteDataDir(dataDir: string, startParams: string[]): Promise<void> {
  const module = pathToFileURL(
    createRequire(join(PROJECT_ROOT, 'package.json')).resolve('@electric-sql/pglite'),
  ).href;
  const child = spawn(process.execPath, [...PGLITE_NODE_FLAGS, '--input-type=module', '-e', SCRIPT], {
    env: { PGLITE_MODULE: module, PGLITE_DIR: dataDir, PGLITE_PARAMS: JSON.stringify(startParams) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2_000)));
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('exit', done);
  });
  if (code !== 0) throw new Error(`PGlite could not create its database in ${dataDir}: ${stderr.trim()}`);
}
