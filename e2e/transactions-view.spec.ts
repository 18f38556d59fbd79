/**
 * The transactions table's view against the real stack: paging to the end and back, the view in
 * the URL (share, reload, back), keyboard, the column menu, and an axe scan. Filters and sorting
 * are in transactions-table.spec.ts.
 */
import { seriousViolations } from './test-support/axe';
import { test, expect as baseExpect } from './test-support/fixtures';
import { sandbox } from './test-support/sandbox';
import {
  bodyRows,
  txLinks,
  pagination,
  firstId,
  waitForRows,
  rangeText,
} from './test-support/transactions-table';

test.use({ signedInAs: 'viewer' });

// Long flows against a real stack on shared machines: generous waits, no timed assertions.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async () => {
  await sandbox.reset();
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
