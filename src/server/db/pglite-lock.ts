/**
 * PGlite keeps PostgreSQL's buffers inside one process: a second process opening the same data
 * directory (the agents CLI while the BFF runs) would neither see the other's writes nor keep
 * the files consistent. A lock file turns that into a clear refusal instead of silent damage.
 */
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const LOCK_FILE = 'rampdesk.lock';
const heldHere = new Set<string>();

export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number | null) {
    super(
      `The database in ${dataDir} is in use by another Rampdesk process${pid === null ? '' : ` (pid ${pid})`}. ` +
        'Stop it first, or use PostgreSQL (DATABASE_URL) to run several processes on one database.',
    );
    this.name = 'DataDirInUseError';
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false; // Our own pid from a previous life (containers reuse pid 1).
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock on `dataDir` (which must exist) and returns its release function. */
export function lockDataDir(dataDir: string): () => void {
  const dir = resolve(dataDir);
  if (heldHere.has(dir)) throw new DataDirInUseError(dir, process.pid);
  const path = join(dir, LOCK_FILE);
  // Written aside then hard-linked into place: the lock appears atomically with its pid in it.
  const staged = `${path}.${process.pid}`;
  writeFileSync(staged, String(process.pid));
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        linkSync(staged, path);
        heldHere.add(dir);
        return () => {
          heldHere.delete(dir);
          rmSync(path, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const pid = readPid(path);
        if (pid !== null && isAlive(pid)) throw new DataDirInUseError(dir, pid);
        // Left behind by a process that died: take it over.
        rmSync(path, { force: true });
      }
    }
    throw new DataDirInUseError(dir, readPid(path));
  } finally {
    rmSync(staged, { force: true });
  }
}
