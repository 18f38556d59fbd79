/**
 * Issue 17: an agent chooses their language in the header, it is stored with them (it follows
 * them to a fresh browser), axe is content with `lang` set, and the pseudo-locale's longer words
 * fit the header and navigation at desktop and phone widths.
 */
import type { Browser, Page } from '@playwright/test';
import { seriousViolations } from './test-support/axe';
import { test, expect } from './test-support/fixtures';
import { overflowingText } from './test-support/overflow';
import { apiHeaders } from './test-support/sign-in';

test.use({ signedInAs: 'admin' });

const CHOSEN = 'seven quiet lanterns over the bay';

/** A browser of its own, as on another machine: no cookie, no sessionStorage. */
async function freshBrowser(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

/**
 * An operator of this test's own (the e2e database outlives a run, and the sandbox agents must
 * stay English for the other specs): the admin adds them, they choose their password via the API.
 */
async function newOperator(admin: Page, browser: Browser, baseURL: string | undefined) {
  const email = `e2e-languages-${Date.now()}@example.com`;
  const added = await admin.request.post('/api/agents', {
    headers: apiHeaders,
    data: { email, displayName: 'Lengua Agent', role: 'operator' },
  });
  expect(added.status()).toBe(201);
  const { oneTimePassword } = (await added.json()) as { oneTimePassword: string };
  const { context, page } = await freshBrowser(browser, baseURL);
  const signedIn = await page.request.post('/api/auth/sign-in', {
    headers: apiHeaders,
    data: { email, password: oneTimePassword },
  });
  expect(signedIn.status()).toBe(200);
  const chosen = await page.request.post('/api/auth/change-password', {
    headers: apiHeaders,
    data: { currentPassword: oneTimePassword, newPassword: CHOSEN },
  });
  expect(chosen.status()).toBe(200);
  await context.close();
  return email;
}

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(CHOSEN);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The language control, in the header on a desktop and in the folded Menu on a phone. */
async function chooseLanguage(page: Page, locale: string) {
  const header = page.getByRole('banner');
  const menu = header.getByRole('button', { name: /^(Menu|Menú)/ });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await header.getByRole('combobox', { name: /^(Language|Idioma)/ }).selectOption(locale);
}

test('an agent switches to Español (México): the shell reads Spanish, in a fresh browser too, and the pseudo-locale fits', async ({
  page: admin,
  browser,
  baseURL,
}, testInfo) => {
  test.slow(); // three browsers, two sign-ins with scrypt
  const email = await newOperator(admin, browser, baseURL);
  const phone = testInfo.project.name === 'phone';

  const first = await freshBrowser(browser, baseURL);
  const page = first.page;
  await signIn(page, email);
  const header = page.getByRole('banner');
  await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await chooseLanguage(page, 'es-MX');

  await expect(page.locator('html')).toHaveAttribute('lang', 'es-MX');
  await expect(header.getByRole('button', { name: 'Cerrar sesión' })).toBeVisible();
  await expect(header.getByText('Operador', { exact: true })).toBeVisible();
  const nav = header.getByRole('navigation', { name: 'Principal' });
  await expect(nav.getByRole('link', { name: 'Colas' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Transacciones' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Auditoría' })).toBeVisible();
  if (phone) await expect(header.getByRole('button', { name: 'Menú' })).toBeVisible();
  await expect(header.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es-MX');
  await header.screenshot({ path: testInfo.outputPath('header-es-MX.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await first.context.close();

  // Another machine: English until sign-in (the browser's language), then the agent's own.
  const second = await freshBrowser(browser, baseURL);
  await signIn(second.page, email);
  const again = second.page.getByRole('banner');
  await expect(again.getByRole('button', { name: 'Cerrar sesión' })).toBeVisible();
  await expect(second.page.locator('html')).toHaveAttribute('lang', 'es-MX');

  await chooseLanguage(second.page, 'en-XA');
  await expect(second.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(again.getByRole('button', { name: /^Sígñ óút~+$/ })).toBeVisible();
  const pseudoNav = again.getByRole('navigation', { name: /^Máíñ/ });
  await expect(pseudoNav.getByRole('link', { name: /^Qúéúés~+$/ })).toBeVisible();
  expect(await overflowingText(again)).toEqual([]);
  await again.screenshot({ path: testInfo.outputPath('header-pseudo.png') });
  await second.context.close();
});
