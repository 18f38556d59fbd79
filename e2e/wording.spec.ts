/**
 * People read words: no raw status or error code in any text or accessible name of the main
 * pages (issue 15, "Words"). Codes stay where someone needs them: copy buttons, hover titles and
 * the raw JSON, all inside elements marked data-raw, which the check skips.
 */
import type { Page } from '@playwright/test';
import { API_ERROR_CODES } from '../src/contract/api';
import { CANCELLATION_CODES } from '../src/contract/cancellation-reasons';
import { CAPA_ERROR_CODES } from '../src/contract/capa';
import { TRANSACTION_STATUSES } from '../src/contract/statuses';
import { test, expect } from './test-support/fixtures';
import { sandbox } from './test-support/sandbox';
import { apiHeaders } from './test-support/sign-in';

const CODES = [
  ...TRANSACTION_STATUSES,
  ...API_ERROR_CODES,
  ...Object.keys(CAPA_ERROR_CODES),
  ...CANCELLATION_CODES,
];

/** Every text node, aria-label, title and alt in the page that holds a code, outside data-raw. */
function rawCodes(page: Page): Promise<string[]> {
  return page.evaluate((codes) => {
    const pattern = new RegExp(`\\b(${codes.join('|')})\\b`);
    const shown = (el: Element | null) => !!el && !el.closest('[data-raw], script, style, template');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (pattern.test(node.nodeValue ?? '') && shown(node.parentElement))
        found.push(`text: ${node.nodeValue}`);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [alt]')) {
      for (const name of ['aria-label', 'title', 'alt']) {
        const value = el.getAttribute(name);
        if (value && pattern.test(value) && shown(el)) found.push(`${name}: ${value}`);
      }
    }
    return found;
  }, CODES);
}

async function expectWordsOnly(page: Page, where: string) {
  expect.soft(await rawCodes(page), `raw codes on ${where}`).toEqual([]);
}

test('the sign-in page', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectWordsOnly(page, 'sign-in');
});

test.describe('signed in as an admin', () => {
  test.use({ signedInAs: 'admin' });

  test('transactions, drawer, execute dialog, audit and agents', async ({ page }) => {
    // Six screens in one walk: more than the default 30 s on a busy machine.
    test.setTimeout(90_000);
    const fresh = (fields: Record<string, unknown>) =>
      sandbox.create({ id: crypto.randomUUID(), type: 'OFF_RAMP', fiatCurrency: 'MXN', ...fields });
    const cancelled = await fresh({ status: 'CANCELLED', cancellationReason: 'NAME_VERIFICATION_FAILED' });
    const done = await fresh({ status: 'READY_BANK_TRANSFER' });
    const ready = await fresh({ status: 'CRYPTO_RECEIVED', blockchainSymbol: 'BASE', tokenSymbol: 'USDC' });
    // Audit entries with Capa's answer, a refusal for the status and one for "already executed".
    const execute = (id: string) =>
      page.request.post(`/api/transactions/${id}/execute`, { headers: apiHeaders, data: {} });
    expect((await execute(done.id)).status()).toBe(400);
    expect((await execute(ready.id)).ok()).toBe(true);
    expect((await execute(ready.id)).status()).toBe(409);

    await page.goto('/transactions?status=CRYPTO_RECEIVED');
    await expect(page.getByRole('list', { name: 'Active filters' })).toBeVisible();
    await expectWordsOnly(page, 'the filtered transactions page');

    await page.goto(`/transactions/${cancelled.id}`);
    await expect(page.getByText(/does not match the user's verified name/)).toBeVisible();
    await page.getByText('Show the transaction as Capa sent it').click();
    await expectWordsOnly(page, 'a cancelled transaction’s drawer');

    await page.goto(`/transactions/${done.id}`);
    await expect(
      page.getByText('A transaction in status “Ready for bank transfer” cannot be executed.', {
        exact: true,
      }),
    ).toBeVisible();
    await expect(page.getByText('Execute attempts (1)')).toBeVisible();
    await expectWordsOnly(page, 'a drawer with a refused execute');

    const fresher = await fresh({ status: 'CRYPTO_RECEIVED', blockchainSymbol: 'BASE', tokenSymbol: 'USDC' });
    await page.goto(`/transactions/${fresher.id}`);
    await page.getByRole('button', { name: 'Execute off-ramp' }).click();
    await expect(page.getByRole('dialog', { name: 'Execute off-ramp' })).toContainText('Exchange rate');
    await expectWordsOnly(page, 'the execute dialog');
    await page.keyboard.press('Escape');

    await page.goto(`/audit?tx=${ready.id}`);
    await expect(page.getByText(/Already executed/)).toBeVisible();
    await expectWordsOnly(page, 'the audit page');
    await page.goto(`/audit?tx=${done.id}`);
    await expect(page.getByText(/“Ready for bank transfer”/)).toBeVisible();
    await expectWordsOnly(page, 'the audit page');

    await page.goto('/admin/agents');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectWordsOnly(page, 'the agents page');
  });
});
