/**
 * The transactions table as the e2e specs read it: its rows, links, columns (revealed through the
 * column menu where a phone folds them away) and paging, and waits for the view the URL holds.
 */
import type { Page } from '@playwright/test';
import { expect as baseExpect } from './fixtures';

// Long flows against a real stack on shared machines: generous waits, no timed assertions.
const expect = baseExpect.configure({ timeout: 20_000 });

export const table = (page: Page) => page.getByRole('table');
export const bodyRows = (page: Page) => table(page).locator('tbody tr:not([aria-hidden])');
export const txLinks = (page: Page) => page.getByRole('link', { name: /^Transaction [0-9a-f-]{36}$/ });
export const pagination = (page: Page) => page.getByRole('navigation', { name: 'Pagination' });
/** Names in the column menu of the columns a narrow screen folds away by default. */
const MENU_LABELS: Record<string, string> = { User: 'User id', Type: 'Type', Status: 'Status' };
const headerIndex = async (page: Page, header: string) =>
  (await table(page).locator('thead th').allInnerTexts()).findIndex(
    (h) => h.trim().toLowerCase() === header.toLowerCase(),
  );
/** Shows a column a phone folds away by default, through the column menu as an agent would. */
export async function revealColumn(page: Page, header: string) {
  if ((await headerIndex(page, header)) >= 0 || !MENU_LABELS[header]) return;
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: MENU_LABELS[header] }).check();
  await page.keyboard.press('Escape');
}
/** The text of one column's cells on this page, by header position. */
export async function columnTexts(page: Page, header: string): Promise<string[]> {
  await revealColumn(page, header);
  const index = await headerIndex(page, header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return bodyRows(page)
    .locator(`td:nth-child(${index + 1})`)
    .allInnerTexts();
}
export async function firstId(page: Page): Promise<string> {
  return (await txLinks(page).first().getAttribute('aria-label'))!.replace('Transaction ', '');
}
/** Every cell of a column matches, once the table has drawn the view the URL already holds. */
export async function expectAll(texts: () => Promise<string[]>, pattern: RegExp) {
  await expect(async () => {
    const values = await texts();
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).toMatch(pattern);
  }).toPass({ timeout: 20_000 });
}
export async function waitForRows(page: Page) {
  await expect(txLinks(page).first()).toBeVisible();
  await expect(table(page)).toHaveAttribute('aria-busy', 'false');
}
export const rangeText = (page: Page) => pagination(page).getByText(/^[\d,]+–[\d,]+ of [\d,]+$/);
