/**
 * What an agent sees on the transactions screen when Capa misbehaves (SECURITY U1–U3): a clear,
 * specific message with the code and request id support needs, a Retry that works once Capa is
 * back, and, when Capa refuses the partner key, no sign-out (it is not the agent's session).
 */
import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from './test-support/fixtures';
import { sandbox } from './test-support/sandbox';
import { expectSignedInAs } from './test-support/sign-in';

test.use({ signedInAs: 'viewer' });

// Faults take the BFF's timeouts and the SPA's own retries to surface: generous waits.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async () => {
  await sandbox.reset();
});

test.afterEach(async () => {
  await sandbox.clearFaults();
});

const alert = (page: Page) => page.getByRole('alert').filter({ hasText: 'Transactions could not be loaded' });
const rows = (page: Page) => page.getByRole('link', { name: /^Transaction [0-9a-f-]{36}$/ });

async function expectFault(page: Page, message: RegExp, code: string, status: string) {
  const panel = alert(page);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(message);
  await expect(panel.getByText(code, { exact: true })).toBeVisible();
  await expect(panel.getByText(status, { exact: true })).toBeVisible();
  await expect(panel.getByText(/^[0-9a-f-]{36}$/)).toBeVisible();
  await baseExpect(panel).not.toContainText(/127\.0\.0\.1|partner-api-key|nginx|<html/i);
}

test('U1, U2: Capa down: "Capa is having problems", and Retry loads the rows once it is back', async ({
  page,
}) => {
  // An HTML 502 from a proxy whose Capa is gone, on every attempt.
  await sandbox.fault({ route: 'list', nonJson: true, times: 0 });
  await page.goto('/transactions');
  await expectFault(page, /Capa is having problems; try again in a minute\./, 'UPSTREAM_UNAVAILABLE', '502');
  await sandbox.clearFaults();
  await alert(page).getByRole('button', { name: 'Retry' }).click();
  await expect(rows(page).first()).toBeVisible();
  await expect(alert(page)).toHaveCount(0);
});

test('U1: Capa slow: "Capa did not answer in time", and the screen still works', async ({ page }) => {
  await sandbox.fault({ route: 'list', latencyMs: 60_000, times: 0 });
  await page.goto('/transactions');
  await expectFault(page, /Capa did not answer in time; try again in a minute\./, 'UPSTREAM_TIMEOUT', '504');
  await sandbox.clearFaults();
  await alert(page).getByRole('button', { name: 'Retry' }).click();
  await expect(rows(page).first()).toBeVisible();
});

test('U3: partner key rejected: a service configuration problem, and the agent stays signed in', async ({
  page,
}) => {
  // Capa's own 401 for a key it does not know.
  await sandbox.fault({ route: 'list', status: 401, times: 0 });
  await page.goto('/transactions');
  await expectFault(
    page,
    /Capa rejected the partner API key: a service configuration problem, not your session\. Tell whoever runs Rampdesk; signing in again will not help\./,
    'UPSTREAM_AUTH_FAILED',
    '502',
  );
  await expect(page).toHaveURL(/\/transactions/);
  await expectSignedInAs(page, 'viewer');
  // Not retried by the SPA: a refused key does not heal by itself. One call for the page and one
  // for the totals bar's first read, each refused once.
  await expect(page.getByRole('region', { name: 'Totals of this view' })).toHaveAttribute(
    'aria-busy',
    'false',
  );
  baseExpect((await sandbox.calls()).list).toBe(2);
});
