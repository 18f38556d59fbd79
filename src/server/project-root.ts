/**
 * The project's root directory, found at run time by walking up from the running file to the
 * package.json named "rampdesk". Paths such as `new URL('../../..', import.meta.url)` hold only
 * while each module is its own file (tsx: tests, `npm run dev`); `npm start` runs one bundle,
 * dist-server/start.js (scripts/lib/server-build.ts), where every module shares one
 * import.meta.url. Found this way, both agree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = 'rampdesk';

function isProjectRoot(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === NAME;
  } catch {
    return false;
  }
}

/** The nearest directory at or above `from` holding Rampdesk's package.json (not a dependency's). */
export function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (isProjectRoot(dir)) return dir;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`No package.json named "${NAME}" at or above ${from}: run Rampdesk from its project`);
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
