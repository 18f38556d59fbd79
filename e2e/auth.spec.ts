import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AGENT_ROLES } from '../src/contract/auth';
import { test, expect } from './test-support/fixtures';
import { sandbox } from './test-support/sandbox';
import {
  apiHeaders,
  demoAgentButton,
  expectSignedInAs,
  mainNav,
  signInThroughUi,
} from './test-support/sign-in';

test.beforeEach(async () => {
  await sandbox.reset();
});

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('signed out', () => {
  test('the sign-in page lists the sandbox agents, and each role signs in and out through it', async ({
    page,
  }) => {
    test.slow(); // three sign-ins and sign-outs, and an accessibility scan
    await page.goto('/transactions');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Ftransactions$/);
    await expect(page.getByText('Sandbox data: these accounts exist only in the sandbox')).toBeVisible();
    await expect(page.getByLabel('Email')).toBeFocused();
    await expectNoAxeViolations(page);

    for (const role of AGENT_ROLES) {
      await demoAgentButton(page, role).click();
      await expectSignedInAs(page, role);
      // The first comes back to the page it asked for; the next ones land on the work queues.
      const landing = role === AGENT_ROLES[0] ? 'Transactions' : 'Queues';
      await expect(page.getByRole('heading', { level: 1, name: landing })).toBeVisible();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page.getByText('You have signed out.')).toBeVisible();
    }
  });

  test('a deep link while signed out comes back to that page after sign-in', async ({ page }) => {
    const { items } = await sandbox.list('limit=1');
    const id = items[0]!.id;
    await page.goto(`/transactions/${id}`);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(`/transactions/${id}`)}$`));
    await page.getByLabel('Email').fill('operator@sandbox.rampdesk.test');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
    await demoAgentButton(page, 'operator').click();
    await expect(page).toHaveURL(new RegExp(`/transactions/${id}$`));
    await expect(page.getByRole('dialog').getByText(id, { exact: true })).toBeVisible({ timeout: 15_000 });
  });

  test('signing out returns to sign-in, Back shows no data, and the old session is refused', async ({
    page,
    playwright,
    baseURL,
  }) => {
    await signInThroughUi(page, 'operator');
    await expect(page).toHaveURL(/\/queues$/);
    await (await mainNav(page)).getByRole('link', { name: 'Transactions' }).click();
    const oldSession = await page.context().storageState();
    const id = await page
      .getByRole('link', { name: /^Transaction / })
      .first()
      .getAttribute('aria-label');
    await page.getByRole('link', { name: id! }).click();
    // The drawer's first opening loads its code and the transaction: give a busy machine time.
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByText(id!.replace('Transaction ', ''), { exact: true })).toBeVisible({
      timeout: 20_000,
    });
    await page.keyboard.press('Escape'); // the drawer is modal: the header is behind it

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByText(id!.replace('Transaction ', ''))).toHaveCount(0);

    // docs/security.md A3: the cookie from before sign-out no longer opens anything.
    const replay = await playwright.request.newContext({ baseURL, storageState: oldSession });
    expect(oldSession.cookies.map((c) => c.name)).toContain('__Host-rampdesk_session');
    const me = await replay.get('/api/auth/me', { headers: apiHeaders });
    expect(me.status()).toBe(401);
    expect((await me.json()).error.code).toBe('UNAUTHENTICATED');
    await replay.dispose();
  });
});

test.describe('as a viewer', () => {
  test.use({ signedInAs: 'viewer' });

  test('sees no Execute and no Admin, and is told which role the agents page needs', async ({ page }) => {
    const { items } = await sandbox.list('type=OFF_RAMP&status=PENDING&limit=1');
    await page.goto(`/transactions/${items[0]!.id}`);
    await expect(page.getByText(items[0]!.id).first()).toBeVisible();
    await expect(page.getByRole('button', { name: /execute/i })).toHaveCount(0);
    await page.keyboard.press('Escape'); // the drawer is modal: the header is behind it
    await expect((await mainNav(page)).getByRole('link')).toHaveText(['Queues', 'Transactions']);

    await page.goto('/admin/agents');
    await expect(page.getByRole('alert')).toHaveText(
      /You need the admin role to manage agents\. Ask an admin\./,
    );
    const agents = await page.request.get('/api/agents', { headers: apiHeaders });
    expect(agents.status()).toBe(403);
    expect((await agents.json()).error.requiredRole).toBe('admin');
  });
});

test.describe('as an admin', () => {
  test.use({ signedInAs: 'admin' });

  test('manages agents: the new agent signs in with the one-time password', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow(); // two sign-ins, two browsers and an accessibility scan
    await page.goto('/transactions');
    await (await mainNav(page)).getByRole('link', { name: 'Agents' }).click();
    await expect(page.getByRole('heading', { name: 'Agents' })).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Agents' }).getByText('admin@sandbox.rampdesk.test'),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    // The e2e database lives on between runs: a new address each time.
    const email = `e2e-${Date.now()}@example.com`;
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Display name').fill('E2E Agent');
    await page.getByRole('button', { name: 'Add agent' }).click();
    const password = (await page.getByLabel('One-time password').textContent())!;
    expect(password.length).toBeGreaterThanOrEqual(12);
    await expect(page.getByText('it will not be shown again')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Agents' }).getByText(email)).toBeVisible();

    // A browser of its own: without an explicit empty state it would inherit the admin's session.
    const other = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const newcomer = await other.newPage();
    await newcomer.goto('/sign-in');
    await newcomer.getByLabel('Email').fill(email);
    await newcomer.getByLabel('Password').fill(password);
    await newcomer.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectSignedInAs(newcomer, 'viewer');
    await other.close();

    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByText(password)).toHaveCount(0);
  });
});
