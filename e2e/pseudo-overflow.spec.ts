/**
 * Issue 17: in the pseudo-locale (en-XA: accented and ~30% longer English, offered in the language
 * menu of the e2e stack) every main page keeps its text inside its boxes, on a desktop and on a
 * 390 px phone: queues, transactions with their filters open, a drawer, the execute dialog, the
 * Audit page and the agents. The pseudo-locale lives in this browser's sessionStorage only, so
 * the sandbox admin keeps English for the other specs.
 */
import type { Page } from '@playwright/test';
import { messages as english } from '../src/web/i18n/catalogs/en';
import { pseudoText } from '../src/web/i18n/pseudo-text';
import { test, expect as baseExpect } from './test-support/fixtures';
import { overflowingText } from './test-support/overflow';
import { sandbox } from './test-support/sandbox';
import { apiHeaders } from './test-support/sign-in';

const expect = baseExpect.configure({ timeout: 15_000 });

test.use({ signedInAs: 'admin' });

/** A message of the English catalog as the pseudo-locale writes it (no placeholders in these). */
const xa = (key: keyof typeof english) => pseudoText(english[key]);

async function choosePseudo(page: Page) {
  const header = page.getByRole('banner');
  await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const menu = header.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await header.getByRole('combobox', { name: 'Language' }).selectOption('en-XA');
  await expect(header.getByRole('button', { name: xa('shell.signOut') })).toBeVisible();
  // The phone's folded menu closes again, as an agent leaves it, before the page is measured.
  if (await menu.isVisible()) await header.getByRole('button', { name: xa('shell.menu') }).click();
}

test('every main page fits its text in the pseudo-locale', async ({ page }, testInfo) => {
  test.slow(); // seven screens, each measured and photographed
  await sandbox.reset();
  const tx = await sandbox.createExecutableOffRamp();
  // A drawer or dialog is fixed to the viewport: a full-page picture would stitch the page behind it.
  const fits = async (name: string, fullPage = true) => {
    await page.screenshot({ path: testInfo.outputPath(`pseudo-${name}.png`), fullPage });
    expect.soft(await overflowingText(page.locator('body')), `text cut off on ${name}`).toEqual([]);
  };

  await page.goto('/queues');
  await choosePseudo(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(xa('queues.title'));
  await expect(page.getByTestId('queue-count').first()).toHaveText(/^[\d,]+$/);
  await fits('queues');

  await page.goto('/transactions?status=CRYPTO_RECEIVED&type=OFF_RAMP&currency=MXN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByText(xa('transactions.filter.more')).click();
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');
  await fits('transactions');

  await page.goto(`/transactions/${tx.id}`);
  const drawer = page.getByRole('dialog').first();
  await expect(drawer.getByText(tx.id).first()).toBeVisible();
  await fits('drawer', false);

  await drawer.getByRole('button', { name: xa('execute.button') }).click();
  const dialog = page.getByRole('dialog', { name: xa('execute.button') });
  await expect(dialog.getByText(xa('execute.stepDetails'))).toBeVisible();
  await dialog.getByRole('textbox').first().fill('0x1234');
  await dialog.getByRole('button', { name: xa('execute.review') }).click();
  await expect(dialog.locator('[aria-invalid="true"]')).toBeVisible();
  await fits('execute-dialog', false);
  await page.keyboard.press('Escape');

  // An attempt of its own, so the Audit page has a row to measure even in a fresh database.
  const executed = await page.request.post(`/api/transactions/${tx.id}/execute`, {
    headers: { ...apiHeaders, 'idempotency-key': crypto.randomUUID() },
    data: {},
  });
  expect(executed.status()).toBe(200);
  await page.goto(`/audit?tx=${tx.id}`);
  await expect(page.getByRole('table')).toBeVisible();
  await fits('audit');

  await page.goto('/admin/agents');
  await expect(page.getByRole('table')).toBeVisible();
  await fits('agents');
});
