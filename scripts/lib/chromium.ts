/**
 * Which Chromium the e2e suite drives: Playwright's own build when it is installed, else Debian's
 * /usr/bin/chromium (Playwright cannot download browsers on machines without internet).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Browser UI that Debian's full Chromium builds for every new browser context even when headless:
 * the address bar's WebUI popups, each a renderer of its own (~1.2 CPU-s per context on these
 * machines, about a fifth of the e2e suite's CPU; docs/performance.md, "The e2e suite's own time").
 * No page ever sees them. Playwright's own headless shell has no address bar at all.
 */
const UNSEEN_BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * The features Playwright disables in every Chromium it launches, read from the Playwright in
 * node_modules. Needed because Chromium keeps only the last `--disable-features` of a command line
 * and ours comes after Playwright's: ours must repeat its list. Null when that list cannot be found
 * (a Playwright whose code is laid out differently): then we add no flag and lose only speed.
 */
export function playwrightDisabledFeatures(): string[] | null {
  try {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve('playwright-core/package.json'));
    const code = readFileSync(join(root, 'lib', 'coreBundle.js'), 'utf8');
    const list = code.match(/disabledFeatures = \[([^\]]*)\]/)?.[1];
    const names = list ? [...list.matchAll(/^\s*"([A-Za-z0-9_]+)",?\s*$/gm)].map(([, name]) => name!) : [];
    return names.length ? names : null;
  } catch {
    return null;
  }
}

function disableFeaturesArg(): string[] {
  const playwrights = playwrightDisabledFeatures();
  return playwrights ? [`--disable-features=${[...playwrights, ...UNSEEN_BROWSER_UI].join(',')}`] : [];
}

/** Flags for Debian's Chromium on these machines: no sandbox as root, no calls home. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...disableFeaturesArg(),
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
