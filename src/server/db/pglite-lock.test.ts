import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './pglite-lock';

describe('PGlite data directory lock', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'rampdesk-lock-')));

  it('is exclusive within a process and free again after release', () => {
    fresh();
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'rampdesk.lock'), 'utf8')).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    release();
    expect(existsSync(join(dir, 'rampdesk.lock'))).toBe(false);
    lockDataDir(dir)();
  });

  it('refuses a directory another live process holds, naming its pid', () => {
    fresh();
    writeFileSync(join(dir, 'rampdesk.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(`in use by another Rampdesk process (pid ${process.ppid})`);
  });

  it('takes over a lock left by a process that has exited', () => {
    fresh();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(dir, 'rampdesk.lock'), String(dead));
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'rampdesk.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
