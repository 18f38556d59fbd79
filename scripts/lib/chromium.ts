/**
 * Which Chromium the e2e suite drives: Playwright's own build when it is installed, else Debian's
 * /usr/bin/chromium (Playwright cannot download browsers on machines without internet).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for Debian's Chromium on these machines: no sandbox as root, no calls home. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function playwrightChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** undefined = let Playwright use its own browser; a path = launch that binary. */
export function findChromium(): { executablePath?: string; args: string[] } | null {
  if (process.env.RAMPDESK_CHROMIUM)
    return { executablePath: process.env.RAMPDESK_CHROMIUM, args: SYSTEM_CHROMIUM_ARGS };
  if (playwrightChromium()) return { args: [] };
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: SYSTEM_CHROMIUM_ARGS };
  return null;
}

/** Finds a Chromium, installing Debian's when we are root on a Debian-like machine. */
export function ensureChromium(): { executablePath?: string; args: string[] } {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian’s chromium package (apt-get install -y chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium for the e2e tests. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)\n' +
      '  - with internet access: npx playwright install chromium\n' +
      'or point RAMPDESK_CHROMIUM at a Chromium binary.',
  );
}
