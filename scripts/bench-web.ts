/**
 * `npm run bench:web [-- --runs 7]`: how the transactions table feels on the production build with
 * the sandbox. Builds the SPA into a temporary directory, starts the stack as the e2e suite does
 * (scripts/start.mjs: the compiled server, embedded sandbox, free ports, its own PGlite
 * directory), signs in as a sandbox demo agent, and prints medians of several Chromium runs (each
 * in a fresh browser context, so cold caches): navigation → first rows, filter change → new rows,
 * next-page click → new rows, row click → filled drawer; plus the initial JavaScript (entry chunk
 * and its static imports) in KB gzip. Figures only: no thresholds, and not part of `npm test`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { API_PATHS, apiConfigSchema, CSRF_HEADER, CSRF_HEADER_VALUE } from '../src/contract/api';
import { freePort } from './lib/bench-stack';
import { ensureChromium } from './lib/chromium';
import { printLighthouse } from './lib/lighthouse';

const ROOT = resolve(import.meta.dirname, '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 7) : 7;
const ROW = 'a[aria-label^="Transaction "]';

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the stack exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/health/live`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the stack did not answer on ${url} within ${timeoutMs / 1000} s`);
}

/** A chunk and every chunk it imports statically, minus those already in `loaded`. */
function withStaticImports(outDir: string, start: string[], loaded = new Set<string>()): Set<string> {
  const files = new Set(start);
  for (const file of files) {
    const code = readFileSync(join(outDir, file), 'utf8');
    // Static `import … from "./x.js"`, not dynamic import().
    for (const [, dep] of code.matchAll(
      /(?:^|[;}\s])import\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      const path = join(file, '..', dep!);
      if (!loaded.has(path)) files.add(path);
    }
  }
  return files;
}

const gzipKb = (outDir: string, files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file))).length, 0) / 1024;

/**
 * What the first paint waits for: the entry chunk, its modulepreloads and static imports; and what
 * opening the transactions screen adds on top (its lazy chunk and the chunks only it needs).
 */
function bundleSizes(outDir: string) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const entry = html.match(/<script type="module"[^>]*src="\/([^"]+)"/)?.[1];
  if (!entry) throw new Error('no module entry in index.html');
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map(([, f]) => f!);
  const initial = withStaticImports(outDir, [entry, ...preloads]);
  const screen = readdirSync(join(outDir, 'assets')).find((f) => /^transactions-page-.*\.js$/.test(f));
  const lazy = screen ? withStaticImports(outDir, [`assets/${screen}`], initial) : new Set<string>();
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map(([, f]) => f!);
  return {
    files: initial.size,
    jsKb: gzipKb(outDir, initial),
    screenKb: gzipKb(outDir, lazy),
    screenFiles: lazy.size,
    cssKb: gzipKb(outDir, css),
  };
}

/** Time in the page from an action to the moment the table shows different, settled rows. */
async function timeInPage(page: Page, action: 'filter' | 'next', value: string): Promise<number> {
  return page.evaluate(
    ({ action, value, row }) =>
      new Promise<number>((done, fail) => {
        // The whole page of ids: a filter may keep the same first row (the newest is already DOP).
        const ids = () => [...document.querySelectorAll(row)].map((a) => a.getAttribute('aria-label')).join();
        const before = ids();
        const settled = () =>
          document.querySelector('table')?.getAttribute('aria-busy') === 'false' &&
          ids() !== '' &&
          ids() !== before;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!settled()) return;
          observer.disconnect();
          done(performance.now() - started);
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        setTimeout(() => fail(new Error(`${action}: no new rows within 30 s`)), 30_000);
        if (action === 'filter') {
          const select = [...document.querySelectorAll('select')].find(
            (s) => s.labels?.[0]?.textContent === 'Currency',
          );
          if (!select) return fail(new Error('no Currency select'));
          select.value = value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        } else {
          document.querySelector<HTMLButtonElement>('button[aria-label="Next page"]')?.click();
        }
      }),
    { action, value, row: ROW },
  );
}

/**
 * Time in the page from a click on a row (not its link) to a filled drawer: the dialog shows that
 * transaction's id and its sections, not the loading placeholder. Closes the drawer after.
 */
async function timeRowToDrawer(page: Page, rowIndex: number): Promise<number> {
  const ms = await page.evaluate(
    ({ row, rowIndex }) =>
      new Promise<number>((done, fail) => {
        const link = document.querySelectorAll(row)[rowIndex];
        const id = link?.getAttribute('aria-label')?.replace('Transaction ', '');
        const cell = link?.closest('tr')?.querySelector('td:last-child');
        if (!id || !(cell instanceof HTMLElement)) return fail(new Error('drawer: no row to open'));
        const filled = () => {
          const dialog = document.querySelector('[role="dialog"]');
          return (
            !!dialog?.querySelector('section[aria-labelledby]') &&
            [...dialog.querySelectorAll('span[title]')].some((el) => el.textContent === id)
          );
        };
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!filled()) return;
          observer.disconnect();
          done(performance.now() - started);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => fail(new Error('drawer: not filled within 30 s')), 30_000);
        cell.click();
      }),
    { row: ROW, rowIndex },
  );
  await page.keyboard.press('Escape');
  await page.waitForSelector('[role="dialog"]', { state: 'detached' });
  return ms;
}

async function oneRun(
  browser: Browser,
  baseURL: string,
  state: BrowserContextOptions['storageState'],
  i: number,
) {
  const context = await browser.newContext({
    baseURL,
    storageState: state,
    viewport: { width: 1280, height: 800 },
  });
  // tsx keeps function names with a `__name` helper that functions sent to the page would call.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  // Stamps the moment the first row appears, measured from the navigation's start.
  await context.addInitScript((row) => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector(row)) return;
      (window as unknown as { firstRowsAt: number }).firstRowsAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });
  }, ROW);
  const page = await context.newPage();
  await page.goto('/transactions');
  await page.waitForSelector(ROW);
  await page.waitForFunction(() => document.querySelector('table')?.getAttribute('aria-busy') === 'false');
  const firstRows = await page.evaluate(() => (window as unknown as { firstRowsAt: number }).firstRowsAt);
  const filter = await timeInPage(page, 'filter', ['MXN', 'DOP', 'USD', 'EUR'][i % 4]!);
  // Let the prefetch of page two land, as it would while an agent reads page one.
  await page.waitForLoadState('networkidle');
  const next = await timeInPage(page, 'next', '');
  const drawer = await timeRowToDrawer(page, 2 + (i % 5));
  await context.close();
  return { firstRows, filter, next, drawer };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'rampdesk-bench-web-'));
  const outDir = join(work, 'dist');
  let stack: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    console.log('Building the SPA…');
    const { build } = await import('vite');
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
    const size = bundleSizes(outDir);

    const [port, sandboxPort] = [await freePort(), await freePort()];
    const baseURL = `http://127.0.0.1:${port}`;
    console.log(`Starting the stack on ${baseURL} (sandbox on ${sandboxPort})…`);
    // As `npm start` runs it: the server bundle under plain node, built first when stale.
    stack = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        SANDBOX_PORT: String(sandboxPort),
        STATIC_DIR: outDir,
        RAMPDESK_SKIP_BUILD: '1',
        RAMPDESK_DATA_DIR: join(work, 'pglite'),
        // Statuses stay put while we measure.
        SANDBOX_LIFECYCLE_STEP_MS: '3600000',
        LOG_LEVEL: 'warn',
      },
    });
    await waitForHealth(baseURL, stack);

    const found = ensureChromium();
    browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
    const signIn = await browser.newContext({ baseURL });
    const headers = { [CSRF_HEADER]: CSRF_HEADER_VALUE };
    const config = apiConfigSchema.parse(
      await (await signIn.request.get(API_PATHS.config, { headers })).json(),
    );
    const agent = config.demoAgents?.find((a) => a.role === 'viewer') ?? config.demoAgents?.[0];
    if (agent) {
      const res = await signIn.request.post(API_PATHS.signIn, {
        headers,
        data: { email: agent.email, password: agent.password },
      });
      if (!res.ok())
        throw new Error(`sign-in as ${agent.email} failed: HTTP ${res.status()} ${await res.text()}`);
    }
    const state = await signIn.storageState();
    await signIn.close();

    console.log(`Measuring ${RUNS} runs (plus one warm-up) at 1280×800…`);
    await oneRun(browser, baseURL, state, 0);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(browser, baseURL, state, i + 1));

    const ms = (xs: number[]) => `${Math.round(median(xs))} ms`;
    const range = (xs: number[]) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))} ms`;
    console.log('');
    console.table({
      'navigation → first rows': {
        median: ms(runs.map((r) => r.firstRows)),
        range: range(runs.map((r) => r.firstRows)),
      },
      'filter change → new rows': {
        median: ms(runs.map((r) => r.filter)),
        range: range(runs.map((r) => r.filter)),
      },
      'next-page click → new rows (prefetched)': {
        median: ms(runs.map((r) => r.next)),
        range: range(runs.map((r) => r.next)),
      },
      'row click → filled drawer': {
        median: ms(runs.map((r) => r.drawer)),
        range: range(runs.map((r) => r.drawer)),
      },
      'initial JS (entry + static imports), gzip': {
        median: `${size.jsKb.toFixed(1)} KB`,
        range: `${size.files} files`,
      },
      'transactions screen, lazy (chunk + its own imports), gzip': {
        median: `${size.screenKb.toFixed(1)} KB`,
        range: `${size.screenFiles} files`,
      },
      'initial CSS, gzip': { median: `${size.cssKb.toFixed(1)} KB`, range: '' },
    });
    console.log(
      `Runs: ${RUNS}; production build, sandbox upstream, ${agent ? `signed in as ${agent.email}` : 'no sign-in'}.`,
    );
    await printLighthouse(baseURL, state.cookies.map((c) => `${c.name}=${c.value}`).join('; '));
  } finally {
    await browser?.close();
    // The stack runs in its own process group: end it and its children (tsx, the BFF) together.
    if (stack?.pid && stack.exitCode === null) {
      const exited = new Promise((done) => stack!.once('exit', done));
      try {
        process.kill(-stack.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      // Its database files must be closed before the directory goes.
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
    }
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench:web failed:', error);
    process.exit(1);
  },
);
