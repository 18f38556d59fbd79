/**
 * Execute off-ramp against the real stack (built SPA + BFF + sandbox): the dialog, the status
 * moving on, the audit trail in the drawer and on the Audit page, and the guards (hash, role,
 * double click). Each test executes a transaction of its own, created in the sandbox with a fresh
 * id: the audit log lives in the database and outlasts a sandbox reset.
 */
import type { Page } from '@playwright/test';
import { statusFacts } from '../src/contract/statuses';
import { seriousViolations } from './test-support/axe';
import { test, expect } from './test-support/fixtures';
import { sandbox } from './test-support/sandbox';
import { apiHeaders, mainNav } from './test-support/sign-in';

const sandboxTransaction = sandbox.get;

const HASH = `0x${'5e'.repeat(32)}`;

/** The drawer of a transaction, opened by its link (the table loads behind it). */
async function openDrawer(page: Page, id: string) {
  await page.goto(`/transactions/${id}`);
  const drawer = page.getByRole('dialog', { name: 'Off-ramp' });
  await expect(drawer.getByText(id).first()).toBeVisible({ timeout: 20_000 });
  return drawer;
}

/** From the drawer's button to the confirm step of the dialog, with an optional hash. */
async function openToReview(page: Page, hash?: string) {
  await page.getByRole('button', { name: 'Execute off-ramp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Execute off-ramp' });
  await expect(dialog.getByText('Step 1 of 2')).toBeVisible();
  if (hash) await dialog.getByLabel(/Transaction hash/).fill(hash);
  await dialog.getByRole('button', { name: 'Review execute' }).click();
  await expect(dialog.getByText('Step 2 of 2')).toBeVisible();
  return dialog;
}

async function confirm(page: Page, id: string) {
  const dialog = page.getByRole('dialog', { name: 'Execute off-ramp' });
  await dialog.getByLabel(/type the last 4 characters/i).fill(id.slice(-4));
  return dialog.getByRole('button', { name: 'Execute off-ramp' });
}

test.beforeEach(async () => {
  // Each test loads the table and a drawer, executes, and waits for polling to catch up.
  test.slow();
  await sandbox.reset();
});

test.describe('as an operator', () => {
  test.use({ signedInAs: 'operator' });

  test('executes without a hash, sees the status move and the audit entry', async ({ page }) => {
    const tx = await sandbox.createExecutableOffRamp();
    const drawer = await openDrawer(page, tx.id);
    const dialog = await openToReview(page);
    await expect(dialog).toContainText('Without a transaction hash.');
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    await (await confirm(page, tx.id)).click();

    await expect(page.getByText('Off-ramp executed')).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/Executed by operator@sandbox\.rampdesk\.test at/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Execute off-ramp' })).toHaveCount(0);
    // The drawer follows the transaction as Capa moves it on from "crypto received".
    await expect(drawer.getByText(statusFacts('CRYPTO_RECEIVED').label, { exact: true })).toHaveCount(0);

    const trail = drawer.getByRole('list', { name: /Execute attempts/ });
    await expect(trail.getByRole('listitem')).toHaveCount(1);
    await expect(trail).toContainText('Succeeded');
    await expect(trail).toContainText('operator@sandbox.rampdesk.test');
    await expect(trail).toContainText('No hash');

    const after = await sandboxTransaction(tx.id);
    expect(after.executed).toMatchObject({ hash: null });
    expect((await sandbox.calls()).execute).toBe(1);
  });

  test('executes with a hash, checked on the explorer first', async ({ page }) => {
    const tx = await sandbox.createExecutableOffRamp();
    await openDrawer(page, tx.id);
    await page.getByRole('button', { name: 'Execute off-ramp' }).click();
    const dialog = page.getByRole('dialog', { name: 'Execute off-ramp' });
    await dialog.getByLabel(/Transaction hash/).fill(HASH);
    await expect(dialog.getByRole('link', { name: /Check this hash on basescan.org/ })).toHaveAttribute(
      'href',
      `https://basescan.org/tx/${HASH}`,
    );
    await dialog.getByRole('button', { name: 'Review execute' }).click();
    await expect(dialog).toContainText(`With transaction hash ${HASH}`);
    await (await confirm(page, tx.id)).click();

    await expect(page.getByText('Off-ramp executed')).toBeVisible();
    const trail = page.getByRole('list', { name: /Execute attempts/ });
    await expect(trail.getByTitle(HASH)).toBeVisible();
    expect((await sandboxTransaction(tx.id)).executed).toMatchObject({ hash: HASH });
  });

  test('an invalid hash is stopped inline and nothing is sent', async ({ page }) => {
    const tx = await sandbox.createExecutableOffRamp();
    await openDrawer(page, tx.id);
    await page.getByRole('button', { name: 'Execute off-ramp' }).click();
    const dialog = page.getByRole('dialog', { name: 'Execute off-ramp' });
    const field = dialog.getByLabel(/Transaction hash/);
    await field.fill('0x1234');
    await dialog.getByRole('button', { name: 'Review execute' }).click();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog).toContainText(
      'Not a valid Base transaction hash: expected 0x followed by 64 hexadecimal digits.',
    );
    await expect(dialog.getByText('Step 1 of 2')).toBeVisible();
    await field.fill(`${HASH}ff`);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect((await sandbox.calls()).execute).toBe(0);
    expect((await sandboxTransaction(tx.id)).executed).toBeNull();
  });

  test('a double click on confirm sends one request', async ({ page }) => {
    const tx = await sandbox.createExecutableOffRamp();
    // A slow Capa keeps the first request open while the second click lands.
    await sandbox.fault({ route: 'execute', latencyMs: 1_500 });
    const executes: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/execute')) executes.push(request.url());
    });
    await openDrawer(page, tx.id);
    await openToReview(page);
    await (await confirm(page, tx.id)).dblclick();
    await expect(page.getByText('Off-ramp executed')).toBeVisible();
    expect(executes).toHaveLength(1);
    expect((await sandbox.calls()).execute).toBe(1);
  });
});

test.describe('as a viewer', () => {
  test.use({ signedInAs: 'viewer' });

  test('cannot execute: told which role can, and the BFF refuses', async ({ page }) => {
    const tx = await sandbox.createExecutableOffRamp();
    await openDrawer(page, tx.id);
    await expect(
      page.getByText('You need the operator role to execute off-ramps. Ask an admin.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /execute/i })).toHaveCount(0);
    const res = await page.request.post(`/api/transactions/${tx.id}/execute`, {
      headers: apiHeaders,
      data: {},
    });
    expect(res.status()).toBe(403);
    expect((await sandbox.calls()).execute).toBe(0);
  });
});

test.describe('as an admin', () => {
  test.use({ signedInAs: 'admin' });

  test("finds an operator's attempt on the Audit page and opens its transaction", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const tx = await sandbox.createExecutableOffRamp();
    // The operator executes through the BFF in a session of their own (an empty cookie jar: the
    // test's request context would otherwise carry the admin's cookie, and signing in replaces it).
    const operator = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: apiHeaders,
      storageState: { cookies: [], origins: [] },
    });
    const signIn = await operator.post('/api/auth/sign-in', {
      data: { email: 'operator@sandbox.rampdesk.test', password: 'sandbox-operator-password' },
    });
    expect(signIn.ok()).toBe(true);
    const executed = await operator.post(`/api/transactions/${tx.id}/execute`, {
      data: { transactionHash: HASH },
      headers: { 'idempotency-key': crypto.randomUUID() },
    });
    expect(executed.status()).toBe(200);
    await operator.dispose();

    await page.goto('/transactions');
    await (await mainNav(page)).getByRole('link', { name: 'Audit' }).click();
    await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
    await expect(page.getByText('Every execute attempt by every agent')).toBeVisible();
    await page.getByLabel('Transaction id', { exact: true }).fill(tx.id);
    await page.getByLabel('Transaction id', { exact: true }).press('Enter');
    await expect(page).toHaveURL(new RegExp(`/audit\\?tx=${tx.id}$`));
    const table = page.getByRole('table', { name: /Execute attempts, 1–1 of 1/ });
    const row = table.getByRole('row').nth(1);
    await expect(row).toContainText('operator@sandbox.rampdesk.test');
    await expect(row).toContainText('Succeeded');
    await expect(row.getByTitle(HASH)).toBeVisible();
    expect(await seriousViolations(page, 'main')).toEqual([]);

    await page.getByLabel('Outcome').selectOption('failed');
    await expect(page.getByText('No execute attempts match these filters')).toBeVisible();
    await page.goBack();
    await row.getByRole('link', { name: `Transaction ${tx.id}` }).click();
    await expect(page).toHaveURL(new RegExp(`/transactions/${tx.id}$`));
    await expect(page.getByText(/Executed by operator@sandbox\.rampdesk\.test at/)).toBeVisible();
  });
});
