/**
 * How V8 runs PGlite's Postgres, which is WebAssembly (docs/performance.md, "PGlite's footprint").
 * By default V8 compiles a module with its baseline compiler (Liftoff) and recompiles hot functions
 * with its optimising one (TurboFan), keeping both. Baseline only costs SQL ~1.4× the time once
 * warm (about 1 ms a query instead of 0.7 here, nothing an agent notices), and buys ~32 MB less
 * RSS in the BFF's soak, a quarter faster start and, in initdb, ~100 MB less.
 */
import { setFlagsFromString } from 'node:v8';

/** The flag for a Node process that runs PGlite (initdb's throwaway process). */
export const PGLITE_NODE_FLAGS = ['--liftoff-only'];

let applied = false;

/**
 * Applies PGLITE_NODE_FLAGS to this process; call before the first PGlite is created. V8 reads
 * this flag when it compiles a WebAssembly module, which PGlite does on create, so setting it at
 * run time takes effect (Node documents flags changed after start-up as unsupported in general).
 */
export function useBaselineWasmForPglite(): void {
  if (applied) return;
  applied = true;
  for (const flag of PGLITE_NODE_FLAGS) setFlagsFromString(flag);
}
