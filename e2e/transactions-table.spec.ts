/**
 * The transactions table against the real stack (built SPA + BFF + sandbox): every filter, with
 * its chips, and both sort orders. Paging, the view in the URL, keyboard, columns and the axe scan
 * are in transactions-view.spec.ts.
 */
import { test, expect as baseExpect } from './test-support/fixtures';
import { sandbox } from './test-support/sandbox';
import {
  table,
  bodyRows,
  revealColumn,
  columnTexts,
  firstId,
  expectAll,
  waitForRows,
} from './test-support/transactions-table';

test.use({ signedInAs: 'viewer' });

// Long flows against a real stack on shared machines: generous waits, no timed assertions.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async () => {
  await sandbox.reset();
});

test('filters by status, type and currency, with chips', async ({ page }) => {
  await page.goto('/transactions');
  await waitForRows(page);

  await page.getByRole('button', { name: /^Status/ }).click();
  const menu = page.getByRole('menu', { name: 'Status' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitemradio', { name: 'Any status' })).toBeFocused();
  await menu.getByRole('menuitemcheckbox', { name: 'Completed', exact: true }).click();
  // Several statuses may be picked: the menu stays open until Escape.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(page).toHaveURL(/\?status=COMPLETED$/);
  await waitForRows(page);
  await expectAll(() => columnTexts(page, 'Status'), /^Completed$/);

  await page.getByRole('combobox', { name: 'Type' }).selectOption('OFF_RAMP');
  await expect(page).toHaveURL(/\?status=COMPLETED&type=OFF_RAMP$/);
  await waitForRows(page);
  await expectAll(() => columnTexts(page, 'Type'), /^Off-ramp$/);

  await page.getByRole('combobox', { name: 'Currency' }).selectOption('MXN');
  await expect(page).toHaveURL(/\?status=COMPLETED&type=OFF_RAMP&currency=MXN$/);
  await waitForRows(page);
  await expectAll(() => columnTexts(page, 'Fiat'), /MXN$/);

  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips.getByRole('listitem')).toHaveCount(3);
  await page.getByRole('button', { name: 'Remove filter Type: Off-ramp' }).click();
  await expect(page).toHaveURL(/\?status=COMPLETED&currency=MXN$/);
  await chips.getByRole('button', { name: 'Remove filter Status: Completed' }).click();
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/transactions$/);
  await expect(chips).toBeHidden();
});

test('filters by user id (from a row), transaction id and partner id', async ({ page }) => {
  const { partners } = await sandbox.info();
  await page.goto('/transactions');
  await waitForRows(page);
  await revealColumn(page, 'User');

  const userButton = bodyRows(page)
    .first()
    .getByRole('button', { name: /^Show only transactions of user/ });
  const userId = (await userButton.getAttribute('aria-label'))!.split(' ').at(-1)!;
  await userButton.click();
  await expect(page).toHaveURL(new RegExp(`\\?user=${userId}$`));
  await waitForRows(page);
  await expectAll(() => columnTexts(page, 'User'), new RegExp(`^${userId.slice(0, 8)}$`));
  await expect(page.getByRole('searchbox', { name: 'User id' })).toHaveValue(userId);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await waitForRows(page);

  const id = await firstId(page);
  const search = page.getByRole('searchbox', { name: 'Transaction id' });
  await search.fill(id.toUpperCase());
  // A pause filters the list to it; Enter then opens it, as a paste does.
  await expect(page).toHaveURL(new RegExp(`\\?id=${id}$`));
  await expect(bodyRows(page)).toHaveCount(1);
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/transactions/${id}\\?id=${id}$`));
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await search.fill('');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/transactions$/);

  await page.getByText('More filters').click();
  const partner = page.getByRole('searchbox', { name: 'Partner id' });
  await partner.fill('not-a-partner');
  await partner.press('Enter');
  await expect(partner).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/^Not a valid id/)).toBeVisible();
  await expect(page).toHaveURL(/\/transactions$/);
  await partner.fill(partners[0]!.id);
  await partner.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?partner=${partners[0]!.id}$`));
  await waitForRows(page);
  await partner.fill(partners[1]!.id);
  await partner.press('Enter');
  // Capa scopes the list to our partner: another partner's id finds nothing, and says so.
  await expect(page.getByRole('heading', { name: 'No transactions match these filters' })).toBeVisible();
  await expect(page.getByText(/^Nothing matches Partner id /)).toBeVisible();
});

test('sorts by created date both ways from the header', async ({ page }) => {
  await page.goto('/transactions');
  await waitForRows(page);
  const header = page.getByRole('columnheader', { name: /Created/ });
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const times = async () =>
    table(page)
      .locator('tbody tr td:first-child time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));

  const newestFirst = await times();
  expect([...newestFirst].sort().reverse()).toEqual(newestFirst);
  await header.getByRole('button').click();
  await expect(page).toHaveURL(/\?sort=asc$/);
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await waitForRows(page);
  const oldestFirst = await times();
  expect([...oldestFirst].sort()).toEqual(oldestFirst);
  expect(oldestFirst[0]! < newestFirst.at(-1)!).toBe(true);

  await header.getByRole('button').click();
  await expect(page).toHaveURL(/\/transactions$/);
  await expect(header).toHaveAttribute('aria-sort', 'descending');
});
