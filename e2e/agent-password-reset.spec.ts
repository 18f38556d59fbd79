import type { Browser, Page } from '@playwright/test';
import { test, expect } from './test-support/fixtures';
import { apiHeaders, expectSignedInAs } from './test-support/sign-in';

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

test.use({ signedInAs: 'admin' });

// A new agent of its own, not a demo agent: the sandbox puts the demo passwords back only at start,
// and every other spec signs in with them.
test('an admin resets an agent’s password: their session ends, the old password is refused, the one-time password signs in', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // three browsers and four sign-ins
  await page.goto('/admin/agents');
  const email = `e2e-reset-${Date.now()}@example.com`; // the e2e database lives on between runs
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Display name').fill('Reset Agent');
  await page.getByRole('button', { name: 'Add agent' }).click();
  const firstPassword = (await page.getByLabel('One-time password').textContent())!;
  await page.getByRole('button', { name: 'Done' }).click();

  const agent = await freshBrowser(browser, baseURL);
  await signIn(agent.page, email, firstPassword);
  await expectSignedInAs(agent.page, 'viewer');
  // One-time (docs/security.md A6): it opens only the page where they choose their own.
  await expect(agent.page.getByRole('heading', { name: 'Choose your password' })).toBeVisible();

  await page.getByRole('button', { name: `Reset password of ${email}` }).click();
  const dialog = page.getByRole('dialog', { name: "Reset Reset Agent's password?" });
  await expect(dialog).toContainText('signed out everywhere');
  await dialog.getByRole('button', { name: 'Reset password' }).click();
  const handover = page.getByRole('region', { name: `The password of Reset Agent (${email}) was reset` });
  await expect(handover.getByRole('heading')).toBeFocused();
  await expect(page.getByText("Reset Agent's password was reset")).toBeVisible();
  const newPassword = (await handover.getByLabel('One-time password').textContent())!;
  expect(newPassword).not.toBe(firstPassword);

  // Signed out everywhere at once: the agent's open browser is sent back to sign-in.
  const me = await agent.page.request.get('/api/auth/me', { headers: apiHeaders });
  expect(me.status()).toBe(401);
  await agent.page.reload();
  await expect(agent.page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await agent.context.close();

  const later = await freshBrowser(browser, baseURL);
  await signIn(later.page, email, firstPassword);
  await expect(later.page.getByRole('alert')).toHaveText('Email or password is incorrect.');
  await later.page.getByLabel('Password').fill(newPassword);
  await later.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expectSignedInAs(later.page, 'viewer');
  await expect(later.page.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
  await later.context.close();

  await handover.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText(newPassword)).toHaveCount(0);
});
