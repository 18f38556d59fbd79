/**
 * The transaction drawer against the real stack: opened from the table and by a link in a fresh
 * page, reload, copy buttons (what lands on the clipboard), explorer links, previous / next by
 * keyboard, not found, live refresh after an execute, and an axe scan of the open drawer.
 */
import type { Page } from '@playwright/test';
import type { Transaction } from '../src/contract/capa';
import { explorerAddressUrl, explorerTxUrl } from '../src/contract/chains';
import { formatFiat } from '../src/web/lib/amount-format';
import { seriousViolations } from './test-support/axe';
import { test, expect as baseExpect } from './test-support/fixtures';
import { sandbox } from './test-support/sandbox';
import { apiHeaders } from './test-support/sign-in';

test.use({ signedInAs: 'viewer', permissions: ['clipboard-read', 'clipboard-write'] });

// Long flows against a real stack on shared machines: generous waits, no timed assertions.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async () => {
  await sandbox.reset();
});

const drawer = (page: Page) => page.getByRole('dialog');
const txLinks = (page: Page) => page.getByRole('link', { name: /^Transaction [0-9a-f-]{36}$/ });
const rowOf = (page: Page, id: string) =>
  page.locator('tbody tr').filter({ has: page.getByLabel(`Transaction ${id}`) });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The sandbox's own copy of transactions, straight from Capa's list (full objects). */
async function capa(query: string): Promise<Transaction[]> {
  return (await sandbox.list(query)).items as unknown as Transaction[];
}

async function waitForRows(page: Page) {
  await expect(txLinks(page).first()).toBeVisible();
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');
}

test('opens from a row over the table, keeps filters and scroll, and Esc returns focus to the row', async ({
  page,
}) => {
  await page.goto('/transactions?type=OFF_RAMP&size=50');
  await waitForRows(page);
  const row = page.locator('tbody tr').nth(30);
  const id = (await row.getByRole('link').getAttribute('aria-label'))!.replace('Transaction ', '');
  await row.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);

  await row.locator('td').nth(3).click();
  await expect(page).toHaveURL(new RegExp(`/transactions/${id}\\?type=OFF_RAMP&size=50$`));
  const dialog = drawer(page);
  await expect(dialog.getByRole('heading', { level: 2, name: 'Off-ramp' })).toBeVisible();
  await expect(dialog.getByText(id, { exact: true })).toBeVisible();
  await expect(page).toHaveTitle(`Transaction ${id.slice(0, 8)} · Rampdesk`);
  // Focus stays in the drawer: Tab from the last control comes back to the first.
  for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
  await expect(dialog.locator(':focus')).toHaveCount(1);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/transactions\?type=OFF_RAMP&size=50$/);
  await expect(rowOf(page, id)).toBeFocused();
  await expect(rowOf(page, id)).toBeInViewport();
  // A phone's full-screen drawer hands focus back to the row, which the browser scrolls to; on a
  // desktop the page stays where the agent left it.
  if (test.info().project.name !== 'phone')
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(50);
  await expect(page).toHaveTitle('Transactions · Rampdesk');
});

test('a link opens the same drawer in a fresh page, and after a reload', async ({ page: fresh }) => {
  const [tx] = await capa('type=CROSS_RAMP&limit=1');
  const url = `/transactions/${tx!.id}?type=CROSS_RAMP`;
  await fresh.goto(url);
  const dialog = drawer(fresh);
  await expect(dialog.getByRole('heading', { level: 2, name: 'Cross-ramp' })).toBeVisible();
  await expect(dialog.getByLabel('Source to target')).toContainText(
    `${formatFiat(tx!.sourceAmount, tx!.sourceCurrency)} ${tx!.sourceCurrency}`,
  );
  await expect(dialog.getByRole('group', { name: 'Target bank account' })).toBeVisible();
  await fresh.reload();
  await expect(drawer(fresh).getByText(tx!.id, { exact: true })).toBeVisible();
  // The table under it shows the same filter.
  await expect(fresh.getByRole('combobox', { name: 'Type', includeHidden: true })).toHaveValue('CROSS_RAMP');
});

test('copy buttons put the whole value on the clipboard, masked identifiers included', async ({ page }) => {
  const [tx] = await capa('type=OFF_RAMP&fiatCurrency=MXN&limit=1');
  await page.goto(`/transactions/${tx!.id}`);
  const dialog = drawer(page);
  await expect(dialog.getByText(tx!.id, { exact: true })).toBeVisible();

  await dialog.getByRole('button', { name: 'Copy transaction id' }).click();
  await expect.poll(() => clipboard(page)).toBe(tx!.id);

  const card = dialog.getByRole('group', { name: 'Bank account' });
  const clabe = tx!.bankAccount!.accountIdentifier!;
  await expect(card).not.toContainText(clabe);
  await card.getByRole('button', { name: 'Copy CLABE' }).click();
  await expect.poll(() => clipboard(page)).toBe(clabe);
  await expect(card).not.toContainText(clabe);
  await card.getByRole('button', { name: 'Show CLABE' }).click();
  await expect(card).toContainText(clabe);

  await dialog.getByRole('button', { name: 'Copy wallet address' }).click();
  await expect.poll(() => clipboard(page)).toBe(tx!.destinationWalletAddress);

  await dialog.getByRole('button', { name: 'Copy raw JSON' }).click();
  await expect.poll(async () => JSON.parse(await clipboard(page)).id).toBe(tx!.id);
});

test('explorer links go to the chain explorer in a new tab without a referrer', async ({ page }) => {
  const withHash = (await capa('status=COMPLETED&limit=50')).find((t) => t.invoice?.transactionHash)!;
  await page.goto(`/transactions/${withHash.id}`);
  const crypto = drawer(page).getByRole('region', { name: 'Crypto' });
  const chain = withHash.blockchainSymbol!;
  const wallet = crypto.getByRole('link', { name: /^Wallet on the .+ explorer$/ });
  await expect(wallet).toHaveAttribute(
    'href',
    explorerAddressUrl(chain, withHash.destinationWalletAddress!)!,
  );
  const hash = crypto.getByRole('link', { name: /^Hash on the .+ explorer$/ });
  await expect(hash).toHaveAttribute('href', explorerTxUrl(chain, withHash.invoice!.transactionHash!)!);
  for (const link of [wallet, hash]) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
  // Opening it really leaves in a new tab (the explorer itself is not loaded: no network in CI).
  await page.context().route(/^https:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ body: 'explorer' }));
  const [popup] = await Promise.all([page.waitForEvent('popup'), hash.click()]);
  await expect(popup).toHaveURL(explorerTxUrl(chain, withHash.invoice!.transactionHash!)!);
  expect(await popup.evaluate(() => window.opener)).toBeNull();
  await popup.close();
});

test('previous and next transaction with j / k and the buttons, across a page boundary', async ({ page }) => {
  await page.goto('/transactions?size=10');
  await waitForRows(page);
  const ids = (
    await txLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')!))
  ).map((label) => label.replace('Transaction ', ''));
  await txLinks(page).nth(8).click();
  const dialog = drawer(page);
  await expect(dialog.getByText(ids[8]!, { exact: true })).toBeVisible();
  await page.keyboard.press('j');
  await expect(page).toHaveURL(new RegExp(`/transactions/${ids[9]}\\?size=10$`));
  await expect(dialog.getByText(ids[9]!, { exact: true })).toBeVisible();
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/\?page=2&size=10$/);
  await expect(dialog.getByText('11 of')).toBeVisible();
  await dialog.getByRole('button', { name: 'Previous transaction' }).click();
  await expect(page).toHaveURL(new RegExp(`/transactions/${ids[9]}\\?size=10$`));
  await expect(dialog.getByText('10 of')).toBeVisible();
  await page.keyboard.press('k');
  await expect(page).toHaveURL(new RegExp(`/transactions/${ids[8]}\\?size=10$`));
  await expect(dialog.getByText(ids[8]!, { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(rowOf(page, ids[8]!)).toBeFocused();
});

test('an id that does not exist, or is not an id, says not found in the drawer', async ({ page }) => {
  await page.goto('/transactions/8374f327-38bd-4b0b-b8a7-2524599eb903?type=ON_RAMP');
  const dialog = page.getByRole('dialog', { name: 'Transaction not found' });
  await expect(dialog).toContainText('8374f327-38bd-4b0b-b8a7-2524599eb903');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page).toHaveURL(/\/transactions\?type=ON_RAMP$/);
  await page.goto('/transactions/not-a-uuid');
  await expect(page.getByRole('dialog', { name: 'Transaction not found' })).toContainText(
    'is not a transaction id',
  );
});

test('the live dot pulses, and stays still for an agent who asks for less motion', async ({ page }) => {
  const [tx] = await capa('status=PENDING&limit=1');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(`/transactions/${tx!.id}`);
  const note = drawer(page).getByText('Live · updated', { exact: false });
  await expect(note).toBeVisible();
  const dot = note.locator('span[aria-hidden="true"]');
  const animation = () => dot.evaluate((element) => getComputedStyle(element).animationName);
  expect(await animation()).toBe('pulse');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await animation()).toBe('none');
});

test.describe('as an operator', () => {
  test.use({ signedInAs: 'operator' });

  test('an open drawer follows the status after an execute, and so does its row', async ({ page }) => {
    const tx = await sandbox.createExecutableOffRamp();
    // The table narrowed to this id keeps its row once the status moves on (a status filter would
    // drop it at the next refetch, which a busy machine reaches before the final status).
    await page.goto(`/transactions/${tx.id}?id=${tx.id}`);
    await expect(drawer(page).getByText('Live · updated', { exact: false })).toBeVisible();
    await expect(drawer(page).getByRole('button', { name: 'Execute off-ramp' })).toBeVisible();
    const res = await page.request.post(`/api/transactions/${tx.id}/execute`, {
      headers: apiHeaders,
      data: {},
    });
    expect(res.ok()).toBe(true);
    const dialog = drawer(page);
    // The sandbox moves an executed off-ramp on every 1.5 s until it is final.
    await expect(dialog.getByText('Final status · no more updates')).toBeVisible({ timeout: 60_000 });
    const status = (await dialog.locator('[data-tone]').first().innerText()).trim();
    await expect(rowOf(page, tx.id)).toContainText(status);
  });
});

test('has no serious or critical accessibility violation with the drawer open', async ({ page }) => {
  const [tx] = await capa('type=CROSS_RAMP&limit=1');
  await page.goto(`/transactions/${tx!.id}`);
  await expect(drawer(page).getByRole('heading', { level: 2 })).toBeVisible();
  await drawer(page).getByText('Show the transaction as Capa sent it').click();
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
});
