/**
 * Issue 17, "Rampdesk speaks Spanish": an admin whose language is Español (México) executes an
 * off-ramp, works a queue, exports a CSV and reads the Audit page, finding every control by its
 * Spanish name; and no page, dialog or error on the way leaves English behind (english-left.ts).
 * The agent is the spec's own (own-agent.ts): the demo agents stay English for the other specs.
 */
import type { Page } from '@playwright/test';
import { englishLeft } from './test-support/english-left';
import { test as base, expect as baseExpect } from './test-support/fixtures';
import { ownAgent } from './test-support/own-agent';
import { sandbox } from './test-support/sandbox';

const expect = baseExpect.configure({ timeout: 15_000 });

const test = base.extend<{ agentEmail: string }>({
  // The browser's language too: what the page reads before the session answers is Spanish as well.
  locale: 'es-MX',
  agentEmail: async ({ playwright, baseURL }, use) =>
    use((await ownAgent(playwright, baseURL!, 'admin', 'es-MX')).email),
  storageState: async ({ playwright, baseURL }, use) =>
    use((await ownAgent(playwright, baseURL!, 'admin', 'es-MX')).state),
});

test.beforeEach(async () => {
  await sandbox.reset();
});

async function expectSpanish(page: Page, where: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-MX');
  expect.soft(await englishLeft(page), `English left on ${where}`).toEqual([]);
}

/** The main navigation, unfolded from the header's Menú on a phone. */
async function mainNav(page: Page) {
  const header = page.getByRole('banner');
  await expect(header.getByRole('button', { name: 'Cerrar sesión' })).toBeVisible();
  const menu = header.getByRole('button', { name: 'Menú' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  return header.getByRole('navigation', { name: 'Principal' });
}

test('executes an off-ramp from the table and finds the attempt on the Auditoría page', async ({
  page,
  agentEmail,
}) => {
  test.slow(); // the table, a drawer, an execute and the audit log
  const tx = await sandbox.createExecutableOffRamp();
  await page.goto('/transactions');
  await page.getByRole('searchbox', { name: 'Id de transacción' }).fill(tx.id);
  await expect(page).toHaveURL(new RegExp(`\\?id=${tx.id}$`));
  await page.getByRole('link', { name: `Transacción ${tx.id}` }).click();
  const drawer = page.getByRole('dialog', { name: 'Off-ramp' });
  await expect(drawer.getByText('Cripto recibida', { exact: true }).first()).toBeVisible();
  await expectSpanish(page, 'the drawer');

  await drawer.getByRole('button', { name: 'Ejecutar off-ramp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ejecutar off-ramp' });
  await expect(dialog.getByText(/^Paso 1 de 2/)).toBeVisible();
  const hash = dialog.getByLabel(/Hash de la transacción/);
  await hash.fill('0x1234');
  await dialog.getByRole('button', { name: 'Revisar la ejecución' }).click();
  await expect(dialog).toContainText('No es un hash de transacción válido de Base');
  await expectSpanish(page, 'the execute dialog with a wrong hash');
  await hash.fill('');
  await dialog.getByRole('button', { name: 'Revisar la ejecución' }).click();
  await expect(dialog.getByText(/^Paso 2 de 2/)).toBeVisible();
  await expect(dialog).toContainText('Sin hash de transacción.');
  await expectSpanish(page, 'the execute dialog’s confirm step');
  await dialog.getByLabel(/escribe los últimos 4 caracteres/).fill(tx.id.slice(-4));
  await dialog.getByRole('button', { name: 'Ejecutar off-ramp' }).click();

  await expect(page.getByText('Off-ramp ejecutado')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(drawer.getByText(`Ejecutada por ${agentEmail} el`, { exact: false })).toBeVisible();
  // Capa moves it on from "crypto received"; the drawer follows.
  await expect(drawer.getByText('Cripto recibida', { exact: true })).toHaveCount(0);
  const trail = drawer.getByRole('list', { name: /Intentos de ejecución/ });
  await expect(trail).toContainText('Exitoso');
  await expect(trail).toContainText('Sin hash');
  await expectSpanish(page, 'the drawer after the execute');

  await drawer.getByRole('button', { name: 'Cerrar', exact: true }).click();
  await (await mainNav(page)).getByRole('link', { name: 'Auditoría' }).click();
  await expect(page.getByRole('heading', { name: 'Registro de auditoría' })).toBeVisible();
  const filter = page.getByLabel('Id de la transacción', { exact: true });
  await filter.fill(tx.id);
  await filter.press('Enter');
  const row = page
    .getByRole('table', { name: /Intentos de ejecución, 1–1 de 1/ })
    .getByRole('row')
    .nth(1);
  await expect(row).toContainText(agentEmail);
  await expect(row).toContainText('Exitoso');
  await expect(row).toContainText('Aceptado');
  await expectSpanish(page, 'the audit page');
});

test('opens a queue, exports last month’s off-ramps as CSV and finds the export in Auditoría', async ({
  page,
  agentEmail,
}) => {
  test.slow(); // queues, the table twice, an export and the audit log
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Colas', level: 1 })).toBeVisible();
  const card = page.getByRole('region', { name: 'Requieren atención' });
  const count = card.getByTestId('queue-count');
  await expect(count).toHaveText(/^[\d,]+$/);
  const total = Number((await count.innerText()).replaceAll(',', ''));
  expect(total).toBeGreaterThan(0);
  await expectSpanish(page, 'the queues page');

  await card.getByRole('link', { name: 'Requieren atención', exact: true }).click();
  await expect(page).toHaveURL(/\/transactions\?status=CRYPTO_NOT_RECEIVED%2C.*&sort=asc$/);
  await expect(page.getByText(/^[\d,]+ transacci(ón coincide|ones coinciden) con los filtros/)).toHaveText(
    new RegExp(`^${total.toLocaleString('es-MX')} transacci`),
  );
  await expect(page.getByRole('list', { name: 'Filtros activos' })).toBeVisible();
  await expectSpanish(page, 'a queue in the transactions table');

  // Off-ramps created last month: a window the seeded sandbox always fills.
  await page.getByRole('button', { name: 'Borrar todos los filtros' }).first().click();
  await page
    .getByRole('search', { name: 'Filtrar transacciones' })
    .getByLabel('Tipo')
    .selectOption({ label: 'Off-ramp' });
  const lastMonth = page.getByRole('button', { name: 'Mes pasado' });
  await lastMonth.click();
  await expect(lastMonth).toHaveAttribute('aria-pressed', 'true');
  const totals = page.getByRole('region', { name: 'Totales de esta vista' });
  await expect(totals).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^rampdesk-sandbox-.*\.csv$/);
  await expect(
    page.getByRole('status').filter({ hasText: /Se guardó .*\.csv: [\d,]+ filas?\./ }),
  ).toBeVisible();
  await expectSpanish(page, 'the transactions page after an export');

  await (await mainNav(page)).getByRole('link', { name: 'Auditoría' }).click();
  await page
    .getByRole('navigation', { name: 'Registros de auditoría' })
    .getByRole('link', { name: 'Exportaciones' })
    .click();
  const row = page.getByRole('row').filter({ hasText: agentEmail }).first();
  await expect(row).toContainText('Completada');
  await expect(row).toContainText('Tipo Off-ramp');
  await expectSpanish(page, 'the exports log');
});

test('sign-in, agents, change password and a missing transaction read Spanish too', async ({
  page,
  browser,
  baseURL,
}) => {
  // Signed out, the browser's language decides.
  const signedOut = await browser.newContext({
    baseURL,
    locale: 'es-MX',
    storageState: { cookies: [], origins: [] },
  });
  const signIn = await signedOut.newPage();
  await signIn.goto('/sign-in');
  await expect(signIn.getByRole('button', { name: 'Iniciar sesión', exact: true })).toBeVisible();
  await expectSpanish(signIn, 'the sign-in page');
  await signedOut.close();

  await page.goto('/admin/agents');
  await expect(page.getByRole('heading', { name: 'Agentes', level: 1 })).toBeVisible();
  await expectSpanish(page, 'the agents page');

  await page.goto('/account/password');
  await expect(page.getByRole('heading', { name: 'Cambiar contraseña', level: 1 })).toBeVisible();
  await expectSpanish(page, 'the change password page');

  await page.goto(`/transactions/${crypto.randomUUID()}`);
  await expect(page.getByText(/No existe ninguna transacción con el id/)).toBeVisible();
  await expectSpanish(page, 'a transaction that does not exist');

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Página no encontrada' })).toBeVisible();
  await expectSpanish(page, 'the not found page');
});
