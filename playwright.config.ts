import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/lib/chromium';

// The real stack: built SPA + BFF + embedded sandbox, started the way `npm start` starts them.
const port = Number(process.env.E2E_PORT ?? 4180);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4181);
const chromium = findChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  // Every journey also runs on a 390 × 844 phone, where the page must never scroll sideways (the
  // fixture checks it after every test, in both projects).
  projects: [
    { name: 'desktop' },
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 } },
      testMatch:
        /\/(auth|transactions-table|transaction-drawer|execute|reconciliation|password-change|clean-pages|languages)\.spec\.ts$/,
    },
  ],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium ? { executablePath: chromium.executablePath, args: chromium.args } : undefined,
  },
  webServer: {
    command: 'npx tsx src/start.ts',
    url: `http://127.0.0.1:${port}/health/live`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_LIFECYCLE_STEP_MS: '1500',
      RAMPDESK_SKIP_BUILD: '1',
      LOG_LEVEL: 'warn',
      // A slow Capa is given up on sooner than in production, so the fault specs stay short.
      UPSTREAM_HEADERS_TIMEOUT_MS: '3000',
      // The language menu offers the pseudo-locale, for e2e/languages.spec.ts's overflow check.
      PSEUDO_LOCALE: 'true',
      // Agents the specs add stay out of the database `npm start` uses (.data/pglite); one
      // directory per port, so two suites running side by side do not fight over its lock.
      RAMPDESK_DATA_DIR: join(tmpdir(), `rampdesk-e2e-pglite-${port}`),
    },
  },
});
