/**
 * Reconciliation against the real stack: an operator narrows to completed off-ramps of last
 * month; the table's total, the totals bar and the exported file agree to the last digit; the
 * export is on the Audit page; a viewer cannot export.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { test, expect as baseExpect } from './test-support/fixtures';
import { sandbox } from './test-support/sandbox';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async () => {
  await sandbox.reset();
});

/** Exact decimal sum as text with `scale` decimals, through BigInt: never a float. */
function sum(values: string[], scale: number): string {
  let total = 0n;
  for (const v of values) {
    const [whole, fraction = ''] = v.split('.');
    total += BigInt(whole! + fraction.padEnd(scale, '0').slice(0, scale));
  }
  const digits = total.toString().padStart(scale + 1, '0');
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

async function viewTotal(page: Page): Promise<number> {
  const text = await page.getByText(/^[\d,]+ transactions? matching the filters/).innerText();
  return Number(text.match(/^([\d,]+)/)![1]!.replaceAll(',', ''));
}

test.describe('as an operator', () => {
  test.use({ signedInAs: 'operator' });

  test('last month of completed off-ramps: table, totals bar and exported file agree', async ({ page }) => {
    await page.goto('/transactions?status=COMPLETED&type=OFF_RAMP');
    const lastMonth = page.getByRole('button', { name: 'Last month' });
    await lastMonth.click();
    await expect(page).toHaveURL(/from=.*&to=/);
    // Pressed is rendered from the same state as the queries' keys: from here on, the table
    // (which keeps the previous view's count while the window's page loads) and the totals are
    // busy until they answer for the window.
    await expect(lastMonth).toHaveAttribute('aria-pressed', 'true');
    const totals = page.getByRole('region', { name: 'Totals of this view' });
    await expect(totals).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');
    const total = await viewTotal(page);
    expect(total).toBeGreaterThan(0);
    await expect(totals.getByText(`Totals of ${total.toLocaleString('en-US')} transactions`)).toBeVisible();
    const bar = new Map<string, string>();
    for (const group of await totals.locator('dt').all()) {
      const value = await group.locator('xpath=following-sibling::dd[1]').innerText();
      bar.set(await group.innerText(), value.replaceAll(',', ''));
    }

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /export csv/i }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^rampdesk-sandbox-completed-off-ramp-.*\.csv$/);
    const [header, ...rows] = parse(readFileSync((await download.path())!, 'utf8'), {
      bom: true,
    }) as string[][];
    expect(rows).toHaveLength(total);
    const at = (name: string) => header!.indexOf(name);
    const byCurrency = new Map<string, string[]>();
    for (const row of rows) {
      const currency = row[at('fiatCurrency')]!;
      byCurrency.set(currency, [...(byCurrency.get(currency) ?? []), row[at('fiatAmount')]!]);
    }
    expect(byCurrency.size).toBeGreaterThan(0);
    for (const [currency, amounts] of byCurrency) {
      expect(sum(amounts, 2), currency).toBe(bar.get(currency));
    }
    await expect(page.getByText(new RegExp(`Saved .*\\.csv: ${total} rows`))).toBeVisible();
  });
});

test.describe('as an admin', () => {
  test.use({ signedInAs: 'admin' });

  test('an export is on the Audit page with its filters, window and rows', async ({ page }) => {
    await page.goto('/transactions?type=OFF_RAMP');
    await page.getByRole('button', { name: 'Last 7 days' }).click();
    await expect(page).toHaveURL(/from=/);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /export csv/i }).click();
    await downloading;
    await page.goto('/audit?log=exports');
    const row = page.getByRole('row').filter({ hasText: 'admin@sandbox.rampdesk.test' }).first();
    await expect(row).toContainText('Type Off-ramp');
    await expect(row).toContainText('Completed');
  });
});

test.describe('as a viewer', () => {
  test.use({ signedInAs: 'viewer' });

  test('cannot export, and the BFF refuses it too', async ({ page }) => {
    await page.goto('/transactions');
    await expect(page.getByRole('region', { name: 'Totals of this view' })).toBeVisible();
    const exportButton = page.getByRole('button', { name: /export csv/i });
    await expect(exportButton).toHaveAttribute('aria-disabled', 'true');
    const downloads: unknown[] = [];
    page.on('download', (d) => downloads.push(d));
    // aria-disabled: Playwright would wait for it to be enabled; an agent can still press it.
    await exportButton.click({ force: true });
    await expect(exportButton).toHaveAccessibleDescription(/operator/i);
    expect(downloads).toHaveLength(0);
    const answer = await page.request.get('/api/transactions/export.csv', { headers: { 'x-csrf': '1' } });
    expect(answer.status()).toBe(403);
  });

  test('the rows stay put when the totals arrive, and sums that do not fit are one click away', async ({
    page,
  }) => {
    // The totals answer late (as on a busy day): the agent may already be reaching for a row.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/transactions/totals**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/transactions');
    const totals = page.getByRole('region', { name: 'Totals of this view' });
    await expect(totals.getByRole('progressbar')).toBeVisible();
    const firstRow = page.getByRole('link', { name: /^Transaction / }).first();
    const before = await firstRow.boundingBox();
    release();
    await expect(totals).toHaveAttribute('aria-busy', 'false');
    await expect(totals.getByText(/^Totals of [\d,]+ transactions$/)).toBeVisible();
    expect(await firstRow.boundingBox()).toEqual(before);

    // Every token the sandbox holds does not fit one line on either screen: the last one lies past
    // the bar's edge, clipped, until "All sums" shows them all.
    const lastToken = totals.locator('dt').last();
    const insideTheBar = async () => {
      const [bar, token] = [await totals.boundingBox(), await lastToken.boundingBox()];
      return token!.y + token!.height <= bar!.y + bar!.height;
    };
    expect(await insideTheBar()).toBe(false);
    const all = totals.getByRole('button', { name: 'All sums' });
    await all.click();
    await expect(all).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(insideTheBar).toBe(true);
  });
});
