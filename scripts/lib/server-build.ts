/**
 * The server as `npm start` runs it: src/start.ts (BFF and embedded sandbox) bundled by esbuild
 * into dist-server/start.js, run by plain `node`. Under tsx's loader the same process holds ~32 MB
 * more RSS for its whole life (docs/performance.md, "Memory"). Our code only: packages stay
 * imports of node_modules, loaded as before; paths come from the found project root
 * (src/server/project-root.ts). Rebuilt only when a source is newer than the bundle, as the SPA.
 */
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { newestMtime } from './spa-build';

export interface ServerBundle {
  entry: string;
  /** Relative to the project root, like `entry`. */
  outFile: string;
}

export const SERVER_BUNDLE: ServerBundle = { entry: 'src/start.ts', outFile: 'dist-server/start.js' };

/** The BFF the benchmarks measure (scripts/lib/bench-stack.ts), bundled the same way. */
export const BENCH_BFF_BUNDLE: ServerBundle = {
  entry: 'scripts/lib/bench-bff-child.ts',
  outFile: 'dist-server/bench-bff-child.js',
};

// scripts/lib: the bench entry's own code, and this file's build options.
const SOURCES = ['src/server', 'src/sandbox', 'src/contract', 'src/start.ts', 'scripts/lib', 'package.json'];

export function serverBuildIsStale(root: string, bundle: ServerBundle = SERVER_BUNDLE): boolean {
  const out = join(root, bundle.outFile);
  if (!existsSync(out)) return true;
  const built = statSync(out).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(root, source)) > built);
}

export async function buildServer(root: string, bundle: ServerBundle = SERVER_BUNDLE): Promise<void> {
  // Imported lazily: a production install without devDependencies never gets here (dist-server/ ships).
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [bundle.entry],
    outfile: bundle.outFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Not enabled by default (it costs memory per error); NODE_OPTIONS=--enable-source-maps uses it.
    sourcemap: 'linked',
    logLevel: 'warning',
    write: false,
  });
  // Each file written aside and renamed: two stacks starting together (Playwright's) may both
  // build, and neither may load half a file.
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const staged = `${file.path}.${process.pid}.tmp`;
    writeFileSync(staged, file.contents);
    renameSync(staged, file.path);
  }
}

/** Builds `bundle` when stale; returns its absolute path. */
export async function ensureServerBuild(root: string, bundle: ServerBundle = SERVER_BUNDLE): Promise<string> {
  if (serverBuildIsStale(root, bundle)) await buildServer(root, bundle);
  return join(root, bundle.outFile);
}
