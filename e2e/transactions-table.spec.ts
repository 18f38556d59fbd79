/**
 * The transactions table against the real stack (built SPA + BFF + sandbox): every filter, both
 * sort orders, paging to the end and back, the view in the URL (share, reload, back), keyboard,
 * and an axe scan.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect as baseExpect } from './test-support/fixtures';
import { sandbox } from './test-support/sandbox';

test.use({ signedInAs: 'viewer' });

// Long flows against a real stack on shared machines: generous waits, no timed assertions.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async () => {
  await sandbox.reset();
});

const table = (page: Page) => page.getByRole('table');
const bodyRows = (page: Page) => table(page).locator('tbody tr:not([aria-hidden])');
const txLinks = (page: Page) => page.getByRole('link', { name: /^Transaction [0-9a-f-]{36}$/ });
const pagination = (page: Page) => page.getByRole('navigation', { name: 'Pagination' });
/** Names in the column menu of the columns a narrow screen folds away by default. */
const MENU_LABELS: Record<string, string> = { User: 'User id', Type: 'Type', Status: 'Status' };
const headerIndex = async (page: Page, header: string) =>
  (await table(page).locator('thead th').allInnerTexts()).findIndex(
    (h) => h.trim().toLowerCase() === header.toLowerCase(),
  );
/** Shows a column a phone folds away by default, through the column menu as an agent would. */
async function revealColumn(page: Page, header: string) {
  if ((await headerIndex(page, header)) >= 0 || !MENU_LABELS[header]) return;
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: MENU_LABELS[header] }).check();
  await page.keyboard.press('Escape');
}
/** The text of one column's cells on this page, by header position. */
async function columnTexts(page: Page, header: string): Promise<string[]> {
  await revealColumn(page, header);
  const index = await headerIndex(page, header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return bodyRows(page)
    .locator(`td:nth-child(${index + 1})`)
    .allInnerTexts();
}
async function firstId(page: Page): Promise<string> {
  return (await txLinks(page).first().getAttribute('aria-label'))!.replace('Transaction ', '');
}
/** Every cell of a column matches, once the table has drawn the view the URL already holds. */
async function expectAll(texts: () => Promise<string[]>, pattern: RegExp) {
  await expect(async () => {
    const values = await texts();
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).toMatch(pattern);
  }).toPass({ timeout: 20_000 });
}
async function waitForRows(page: Page) {
  await expect(txLinks(page).first()).toBeVisible();
  await expect(table(page)).toHaveAttribute('aria-busy', 'false');
}
const rangeText = (page: Page) => pagination(page).getByText(/^[\d,]+–[\d,]+ of [\d,]+$/);

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

test('pages to the last page and back, never past it', async ({ page }) => {
  await page.goto('/transactions?type=CROSS_RAMP&size=50');
  await waitForRows(page);
  const pageOf = pagination(page).getByText(/^Page [\d,]+ of [\d,]+$/);
  const [, count] = (await pageOf.innerText()).match(/of ([\d,]+)/)!;
  const last = count!.replace(/,/g, '');
  expect(Number(last)).toBeGreaterThan(1);

  await pagination(page).getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\?type=CROSS_RAMP&page=2&size=50$/);
  await pagination(page).getByRole('button', { name: 'Last page' }).click();
  await expect(page).toHaveURL(new RegExp(`page=${last}&size=50$`));
  await expect(pageOf).toHaveText(`Page ${count} of ${count}`);
  await waitForRows(page);
  await expect(pagination(page).getByRole('button', { name: 'Next page' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  // Forced: Playwright will not click an aria-disabled button, and that it does nothing is the point.
  await pagination(page).getByRole('button', { name: 'Next page' }).click({ force: true });
  await expect(page).toHaveURL(new RegExp(`page=${last}&size=50$`));

  await pagination(page).getByRole('button', { name: 'Previous page' }).click();
  await expect(page).toHaveURL(new RegExp(`page=${Number(last) - 1}&size=50$`));
  await pagination(page).getByRole('button', { name: 'First page' }).click();
  await expect(page).toHaveURL(/\?type=CROSS_RAMP&size=50$/);
  await expect(rangeText(page)).toHaveText(/^1–50 of /);

  // A page past the end (a stale link) lands on the last page.
  await page.goto(`/transactions?type=CROSS_RAMP&size=50&page=${Number(last) + 40}`);
  await expect(page).toHaveURL(new RegExp(`page=${last}&size=50$`));
});

test('the URL holds the view: shared in a new page, kept on reload, walked by the back button', async ({
  page,
  context,
}) => {
  await page.goto('/transactions');
  await waitForRows(page);
  await page.getByRole('combobox', { name: 'Type' }).selectOption('ON_RAMP');
  await expect(page).toHaveURL(/\?type=ON_RAMP$/);
  await page.getByRole('combobox', { name: 'Currency' }).selectOption('DOP');
  await waitForRows(page);
  await pagination(page).getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\?type=ON_RAMP&currency=DOP&page=2$/);
  // The URL moves first; the range is drawn with the rows (placeholder or settled) that follow it.
  await expect(rangeText(page)).toHaveText(/^21–40 of /);
  await waitForRows(page);
  const ids = await txLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')));
  const range = await rangeText(page).innerText();

  const shared = await context.newPage();
  await shared.goto(page.url());
  await waitForRows(shared);
  await expect(shared.getByRole('combobox', { name: 'Type' })).toHaveValue('ON_RAMP');
  await expect(shared.getByRole('combobox', { name: 'Currency' })).toHaveValue('DOP');
  await expect(rangeText(shared)).toHaveText(range);
  expect(
    await txLinks(shared).evaluateAll((links) => links.map((a) => a.getAttribute('aria-label'))),
  ).toEqual(ids);
  await shared.close();

  await page.reload();
  await waitForRows(page);
  await expect(rangeText(page)).toHaveText(range);
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue('DOP');

  await page.goBack();
  await expect(page).toHaveURL(/\?type=ON_RAMP&currency=DOP$/);
  await expect(rangeText(page)).toHaveText(/^1–20 of /);
  await page.goBack();
  await expect(page).toHaveURL(/\?type=ON_RAMP$/);
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue('');
  await page.goForward();
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue('DOP');

  // Nonsense in the URL falls back to defaults, with no error.
  await page.goto('/transactions?status=NOPE&page=-1&size=7&sort=sideways&x=1');
  await waitForRows(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(rangeText(page)).toHaveText(/^1–20 of /);
});

test('keyboard: "/" to search, arrows and j/k through rows, Enter opens with the view kept', async ({
  page,
}) => {
  await page.goto('/transactions?type=OFF_RAMP');
  await waitForRows(page);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Transaction id' })).toBeFocused();

  const rows = bodyRows(page);
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('j');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(rows.nth(1)).toBeFocused();
  const id = (await rows.nth(1).getByRole('link').getAttribute('aria-label'))!.replace('Transaction ', '');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/transactions/${id}\\?type=OFF_RAMP$`));
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page).toHaveURL(/\/transactions\?type=OFF_RAMP$/);
  await expect(rows.nth(1)).toBeFocused();
});

test('pasting a transaction id into the search opens it', async ({ page }) => {
  await page.goto('/transactions?currency=EUR');
  await waitForRows(page);
  const id = await firstId(page);
  const search = page.getByRole('searchbox', { name: 'Transaction id' });
  await search.focus();
  await search.evaluate((input, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    input.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, `  ${id}  `);
  await expect(page).toHaveURL(new RegExp(`/transactions/${id}\\?currency=EUR$`));
  await expect(page.getByText(id).first()).toBeVisible();
});

test('hides a column from the menu and remembers it after a reload', async ({ page }) => {
  await page.goto('/transactions');
  await waitForRows(page);
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Exchange rate' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('columnheader', { name: 'Rate' })).toHaveCount(0);
  await page.reload();
  await waitForRows(page);
  await expect(page.getByRole('columnheader', { name: 'Rate' })).toHaveCount(0);
  // A phone folds Completed away by default; a wide screen shows it.
  const completed = page.getByRole('columnheader', { name: 'Completed' });
  if (test.info().project.name === 'phone') await expect(completed).toHaveCount(0);
  else await expect(completed).toBeVisible();
});

/** Serious and critical axe findings on the page, or only inside `selector` when given. */
async function seriousViolations(page: Page, selector?: string) {
  const axe = new AxeBuilder({ page });
  const { violations } = await (selector ? axe.include(selector) : axe).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('has no serious or critical accessibility violation (table, status menu, empty state)', async ({
  page,
}) => {
  await page.goto('/transactions?type=OFF_RAMP&currency=USD');
  await waitForRows(page);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: /^Status/ }).click();
  await expect(page.getByRole('menu', { name: 'Status' })).toBeVisible();
  // The page behind was scanned a moment ago: only the menu is new.
  expect(await seriousViolations(page, '[role="menu"]')).toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto('/transactions?status=FAILED&user=8374f327-38bd-4b0b-b8a7-2524599eb903');
  await expect(page.getByRole('heading', { name: 'No transactions match these filters' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
