import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './test-support/fixtures';
import { sandbox } from './test-support/sandbox';
import { apiHeaders } from './test-support/sign-in';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// Reading is all these need: the least role that may (auth.spec.ts covers the others).
test.use({ signedInAs: 'viewer' });

test.beforeEach(async () => {
  await sandbox.reset();
});

test('lists the sandbox transactions under a sandbox banner', async ({ page }) => {
  // Agents land on the work queues; the transactions are one link away.
  await page.goto('/');
  await expect(page).toHaveURL(/\/queues$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Transactions' }).click();
  await expect(page).toHaveURL(/\/transactions$/);
  await expect(page.getByText(/sandbox/i).first()).toBeVisible();
  await expect(page.getByText(/no real money moves/i)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Transactions' })).toBeVisible();
  const rows = page.getByRole('link', { name: /^Transaction [0-9a-f-]{36}$/ });
  await expect(rows).toHaveCount(20);
  await expect(page.getByText(/^1–20 of [\d,]+$/)).toBeVisible();
});

test('opens a transaction from the list, and its URL works in a fresh page', async ({ page, context }) => {
  await page.goto('/transactions');
  const first = page.getByRole('link', { name: /^Transaction / }).first();
  const label = await first.getAttribute('aria-label');
  const id = label!.replace('Transaction ', '');
  expect(id).toMatch(UUID);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/transactions/${id}$`));
  await expect(page.getByRole('dialog').getByText(id, { exact: true })).toBeVisible();

  const fresh = await context.newPage();
  await fresh.goto(`/transactions/${id}`);
  await expect(fresh.getByRole('dialog').getByText(id, { exact: true })).toBeVisible({ timeout: 15_000 });
  await fresh.reload();
  await expect(fresh.getByRole('dialog').getByText(id, { exact: true })).toBeVisible({ timeout: 15_000 });
});

test('an unknown transaction id says not found', async ({ page }) => {
  await page.goto('/transactions/8374f327-38bd-4b0b-b8a7-2524599eb903');
  await expect(page.getByText(/not found/i).first()).toBeVisible();
});

test('an unknown page says so and links home', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByText(/not found/i).first()).toBeVisible();
  await page
    .getByRole('link', { name: /transactions/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/transactions$/);
});

test('the BFF refuses invalid list queries with a clear JSON error and no upstream call', async ({
  page,
}) => {
  // The fixture's sign-in a moment ago landed on Queues, whose reading of Capa may still be under
  // way at the BFF: count from a moment when Capa has been quiet for half a second.
  let lastCount = -1;
  await expect
    .poll(
      async () => {
        const { list } = await sandbox.calls();
        const quiet = list === lastCount;
        lastCount = list;
        return quiet;
      },
      { intervals: [500] },
    )
    .toBe(true);
  const before = await sandbox.calls();
  for (const query of ['limit=101', 'status=BOGUS']) {
    // The page's request context carries the session cookie; the CSRF header is sent by hand.
    const res = await page.request.get(`/api/transactions?${query}`, { headers: apiHeaders });
    expect(res.status()).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('VALIDATION_ERROR');
    expect(body.error.message).toMatch(query.startsWith('limit') ? /limit/ : /status/);
    expect(body.error.requestId).toBeTruthy();
  }
  const unknown = await page.request.get('/api/no-such-route', { headers: apiHeaders });
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()['content-type']).toContain('application/json');
  expect((await sandbox.calls()).list).toBe(before.list);
});

test('the partner key is in no page, no API response and nowhere in dist/', async ({ page }) => {
  const { partners } = await sandbox.info();
  const keys = partners.map((p) => p.apiKey);
  expect(keys.every((k) => k.length > 20)).toBe(true);

  const seen: string[] = [];
  page.on('response', async (res) => {
    seen.push(JSON.stringify(res.headers()) + (await res.text().catch(() => '')));
  });
  await page.goto('/transactions');
  await expect(page.getByRole('link', { name: /^Transaction / }).first()).toBeVisible();
  for (const path of [
    '/api/config',
    '/api/transactions?limit=100',
    '/api/transactions?limit=0',
    '/health/ready',
  ]) {
    const res = await page.request.get(path, { headers: apiHeaders });
    seen.push(JSON.stringify(res.headers()) + (await res.text()));
  }
  const files = (function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  })('dist');
  expect(files.length).toBeGreaterThan(1);
  for (const key of keys) {
    for (const text of seen) expect(text).not.toContain(key);
    for (const file of files) expect(readFileSync(file, 'latin1')).not.toContain(key);
  }
});
