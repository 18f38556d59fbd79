/** docs/security.md A6: a one-time password opens one page only, and any agent can change theirs. */
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './test-support/fixtures';
import { apiHeaders, expectSignedInAs, mainNav, openMenuIfFolded } from './test-support/sign-in';

/** A browser of its own: without an explicit empty state it would inherit the admin's session. */
async function freshBrowser(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The admin adds a viewer on the Agents page; returns the one-time password it shows once. */
async function addAgent(admin: Page, email: string, name: string) {
  await admin.goto('/admin/agents');
  await admin.getByLabel('Email').fill(email);
  await admin.getByLabel('Display name').fill(name);
  await admin.getByRole('button', { name: 'Add agent' }).click();
  const oneTimePassword = (await admin.getByLabel('One-time password').textContent())!;
  await admin.getByRole('button', { name: 'Done' }).click();
  return oneTimePassword;
}

async function submitPasswords(page: Page, current: string, next: string) {
  await page.getByLabel('Current password', { exact: true }).fill(current);
  await page.getByLabel('New password', { exact: true }).fill(next);
  await page.getByLabel('Confirm new password', { exact: true }).fill(next);
  await page.getByRole('button', { name: /^(Choose|Change) password$/ }).click();
}

test.use({ signedInAs: 'admin' });

// The e2e database lives on between runs: every test adds agents of its own.
const uniqueEmail = (what: string) => `e2e-${what}-${Date.now()}@example.com`;

test('A6: an agent created with a one-time password must choose a new one first; the one-time password then fails', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // two browsers, three sign-ins
  const email = uniqueEmail('otp');
  const oneTimePassword = await addAgent(page, email, 'Otp Agent');
  const chosen = 'violet tram under seven hills';

  const agent = await freshBrowser(browser, baseURL);
  await signIn(agent.page, email, oneTimePassword);
  await expect(agent.page.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
  await expect(agent.page).toHaveURL(/\/choose-password$/);
  // Every other page comes back here, and the BFF refuses the rest whatever the page does.
  for (const elsewhere of ['/transactions', '/audit', '/admin/agents', '/account/password']) {
    await agent.page.goto(elsewhere);
    await expect(agent.page.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
    await expect(agent.page).toHaveURL(/\/choose-password$/);
  }
  const refused = await agent.page.request.get('/api/transactions', { headers: apiHeaders });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe('PASSWORD_CHANGE_REQUIRED');

  // Too common: refused beside the field, saying why.
  await submitPasswords(agent.page, oneTimePassword, 'password1234567890');
  await expect(agent.page.getByText('The new password is too common')).toBeVisible();
  await submitPasswords(agent.page, oneTimePassword, chosen);
  await expect(agent.page).toHaveURL(/\/queues$/);
  await expectSignedInAs(agent.page, 'viewer');
  await expect((await mainNav(agent.page)).getByRole('link', { name: 'Transactions' })).toBeVisible();
  await agent.context.close();

  const later = await freshBrowser(browser, baseURL);
  await signIn(later.page, email, oneTimePassword);
  await expect(later.page.getByRole('alert')).toHaveText('Email or password is incorrect.');
  await later.page.getByLabel('Password').fill(chosen);
  await later.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(later.page).toHaveURL(/\/queues$/);
  await expectSignedInAs(later.page, 'viewer');
  await later.context.close();
});

test('A6: “Change password” from the account area ends the agent’s other session', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // two browsers, three sign-ins, two changes
  const email = uniqueEmail('change');
  const oneTimePassword = await addAgent(page, email, 'Change Agent');
  const first = 'glasshouse umbrella weather';
  const second = 'quiet orchid ladder 1987';

  const here = await freshBrowser(browser, baseURL);
  await signIn(here.page, email, oneTimePassword);
  await submitPasswords(here.page, oneTimePassword, first);
  await expect(here.page).toHaveURL(/\/queues$/);

  const there = await freshBrowser(browser, baseURL);
  await signIn(there.page, email, first);
  await expectSignedInAs(there.page, 'viewer');

  await openMenuIfFolded(here.page);
  await here.page.getByRole('banner').getByRole('link', { name: 'Change password' }).click();
  await expect(here.page.getByRole('heading', { name: 'Change password' })).toBeVisible();
  await submitPasswords(here.page, first, second);
  await expect(here.page.getByRole('status')).toHaveText(
    'Your password was changed. You are signed out everywhere else.',
  );

  // The other browser's session is over; this one goes on.
  expect((await there.page.request.get('/api/auth/me', { headers: apiHeaders })).status()).toBe(401);
  await there.page.reload();
  await expect(there.page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await here.page.reload();
  await expect(here.page.getByRole('heading', { name: 'Change password' })).toBeVisible();
  await expectSignedInAs(here.page, 'viewer');
  await there.context.close();
  await here.context.close();
});
