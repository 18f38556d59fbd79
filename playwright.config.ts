import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/lib/chromium';

// The real stack: built SPA + BFF + embedded sandbox, started as `npm start` starts them: the
// server bundle under plain node (scripts/start.mjs builds it first when stale, so
// `npx playwright test` alone works; scripts/lib/e2e-run.ts builds it beforehand).
// Two stacks, one per project: the specs of a project share its sandbox and reset it, so a project
// runs one spec file at a time. The two projects run side by side, one worker each: 598 → 504 s for
// the suite on two busy cores (docs/performance.md, "The e2e suite's own time"). Until the browser
// stopped building unseen address-bar UI per context (scripts/lib/chromium.ts) and the trace was
// off, side by side made tests outrun their timeouts.
const desktopPort = Number(process.env.E2E_PORT ?? 4180);
const desktopSandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? desktopPort + 1);
const phonePort = desktopSandboxPort + 1;
const phoneSandboxPort = desktopSandboxPort + 2;
const chromium = findChromium();

function stack(port: number, sandboxPort: number) {
  return {
    command: 'node scripts/start.mjs',
    url: `http://127.0.0.1:${port}/health/live`,
    reuseExistingServer: false,
    // Two stacks start at once (each with its PGlite): a busy machine needs more than a minute.
    timeout: 180_000,
    stdout: 'pipe' as const,
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_LIFECYCLE_STEP_MS: '1500',
      // The SPA is built beforehand (e2e-run.ts), or given as STATIC_DIR.
      RAMPDESK_SKIP_BUILD: '1',
      LOG_LEVEL: 'warn',
      // A slow Capa is given up on sooner than in production, so the fault specs stay short.
      UPSTREAM_HEADERS_TIMEOUT_MS: '3000',
      // The language menu offers the pseudo-locale, for e2e/languages.spec.ts's overflow check.
      PSEUDO_LOCALE: 'true',
      // Agents the specs add stay out of the database `npm start` uses (.data/pglite); one
      // directory per port, so two stacks or two suites side by side do not fight over its lock.
      RAMPDESK_DATA_DIR: join(tmpdir(), `rampdesk-e2e-pglite-${port}`),
    },
  };
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  // Every journey also runs on a 390 × 844 phone, where the page must never scroll sideways (the
  // fixture checks it after every test, in both projects).
  projects: [
    {
      name: 'desktop',
      workers: 1,
      use: { baseURL: `http://127.0.0.1:${desktopPort}` },
      metadata: { sandboxUrl: `http://127.0.0.1:${desktopSandboxPort}` },
    },
    {
      name: 'phone',
      workers: 1,
      use: { viewport: { width: 390, height: 844 }, baseURL: `http://127.0.0.1:${phonePort}` },
      metadata: { sandboxUrl: `http://127.0.0.1:${phoneSandboxPort}` },
      testMatch:
        /\/(auth|transactions-table|transactions-view|transaction-drawer|execute|reconciliation|password-change|clean-pages|languages|spanish|pseudo-overflow)\.spec\.ts$/,
    },
  ],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    // No trace by default: its DOM snapshots before every action were a seventh of the suite's CPU
    // on two cores (docs/performance.md, "The e2e suite's own time"), and CI keeps only its output.
    // A failed test prints the page's URL and accessibility tree instead (fixtures.ts) and keeps a
    // screenshot; chasing one locally, add `--trace retain-on-failure`.
    trace: 'off',
    // Agents who ask for less motion get still spinners and skeletons (motion-safe:); the suite
    // asks too, so the compositor is not drawing pulses between steps (transaction-drawer.spec.ts
    // checks both preferences).
    reducedMotion: 'reduce',
    screenshot: 'only-on-failure',
    launchOptions: chromium ? { executablePath: chromium.executablePath, args: chromium.args } : undefined,
  },
  webServer: [stack(desktopPort, desktopSandboxPort), stack(phonePort, phoneSandboxPort)],
});
