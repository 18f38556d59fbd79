/**
 * Working together (issue 14), on the real stack: two agents in two browsers (the sandbox's
 * operator and admin, both allowed to take), the second sees who took a transaction within a few
 * seconds; a note is shown as text, never as HTML.
 */
import { test, expect } from './test-support/fixtures';
import { sandbox } from './test-support/sandbox';
import { signInThroughUi } from './test-support/sign-in';

const XSS = '<img src=x onerror=alert(1)>';

test.setTimeout(60_000);

test('W1 W2: one agent takes it, the other sees who within seconds; a note shows as text', async ({
  browser,
  baseURL,
}) => {
  const tx = await sandbox.createExecutableOffRamp();
  const open = async (role: 'operator' | 'admin') => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    await signInThroughUi(page, role);
    await page.goto(`/transactions/${tx.id}`);
    const drawer = page.getByRole('dialog', { name: 'Off-ramp' });
    await expect(drawer.getByText(tx.id).first()).toBeVisible({ timeout: 20_000 });
    return { context, page, drawer, alerts };
  };
  const ana = await open('operator');
  const ben = await open('admin');

  await expect(ben.drawer.getByText('Nobody has taken this yet.')).toBeVisible();
  await ana.drawer.getByRole('button', { name: 'Take it' }).click();
  await expect(ana.drawer.getByText(/^You are on it since \d\d:\d\d\s[AP]M$/)).toBeVisible();
  // The other browser polls: within a few seconds, without a reload.
  await expect(ben.drawer.getByText(/^Sandbox Operator is on it since \d\d:\d\d\s[AP]M$/)).toBeVisible({
    timeout: 6_000,
  });
  await expect(ben.drawer.getByRole('button', { name: 'Take it' })).toHaveCount(0);

  const team = ana.drawer.getByRole('region', { name: 'Team' });
  await expect(team.getByTestId('status-since')).toContainText('first seen by Rampdesk');
  await team.getByRole('textbox').fill(XSS);
  await team.getByRole('button', { name: 'Add note' }).click();
  await expect(team.getByRole('list', { name: 'Notes' }).getByText(XSS)).toBeVisible();
  // The other agent reads it too (notes are re-read every 15 s; a reload is quicker here).
  await ben.page.reload();
  await expect(ben.drawer.getByRole('list', { name: 'Notes' }).getByText(XSS)).toBeVisible({
    timeout: 15_000,
  });
  for (const { page } of [ana, ben]) await expect(page.locator('img[src="x"]')).toHaveCount(0);

  for (const [name, who] of [
    ['drawer-1280', ana],
    ['drawer-390', ben],
  ] as const) {
    if (name === 'drawer-390') await who.page.setViewportSize({ width: 390, height: 844 });
    else await who.page.setViewportSize({ width: 1280, height: 800 });
    await who.drawer.getByRole('group', { name: 'Actions' }).scrollIntoViewIfNeeded();
    await who.page.screenshot({ path: `test-results/collaboration-${name}-actions.png` });
    await who.drawer.getByRole('region', { name: 'Team' }).scrollIntoViewIfNeeded();
    await who.page.screenshot({ path: `test-results/collaboration-${name}.png` });
  }
  expect([...ana.alerts, ...ben.alerts]).toEqual([]);
  await ana.context.close();
  await ben.context.close();
});

test('W1: two agents click Take at the same moment: exactly one gets it, the other sees who', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const tx = await sandbox.createExecutableOffRamp();
  const agents = await Promise.all(
    (['operator', 'admin'] as const).map(async (role) => {
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      await signInThroughUi(page, role);
      await page.goto(`/transactions/${tx.id}`);
      const drawer = page.getByRole('dialog', { name: 'Off-ramp' });
      await expect(drawer.getByRole('button', { name: 'Take it' })).toBeVisible({ timeout: 20_000 });
      return { context, drawer };
    }),
  );
  await Promise.all(agents.map(({ drawer }) => drawer.getByRole('button', { name: 'Take it' }).click()));
  const mine = /^You are on it since \d\d:\d\d\s[AP]M$/;
  const theirs = /^Sandbox (Operator|Admin) is on it since \d\d:\d\d\s[AP]M$/;
  for (const { drawer } of agents)
    await expect(drawer.getByText(mine).or(drawer.getByText(theirs))).toBeVisible();
  const winners = await Promise.all(agents.map(({ drawer }) => drawer.getByText(mine).count()));
  expect(winners.reduce((a, b) => a + b, 0)).toBe(1);
  for (const { context } of agents) await context.close();
});
