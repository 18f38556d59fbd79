/** Signing in the way an agent does: on the sign-in page, with the sandbox agents it lists. */
import { expect, type Page } from '@playwright/test';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../../src/contract/api';
import { ROLE_LABELS, type AgentRole } from '../../src/contract/auth';

/** Every /api call from a test must carry the header the SPA sends (docs/security.md C1). */
export const apiHeaders = { [CSRF_HEADER]: CSRF_HEADER_VALUE };

export function demoAgentButton(page: Page, role: AgentRole) {
  return page.getByRole('button', { name: new RegExp(`^Sign in as ${ROLE_LABELS[role]}\\b`) });
}

/** The header's account area once `role` is signed in. */
export async function expectSignedInAs(page: Page, role: AgentRole) {
  const header = page.getByRole('banner');
  await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(header.getByText(ROLE_LABELS[role], { exact: true })).toBeVisible();
}

/** Opens the sign-in page and uses the "Sign in as …" button of the sandbox agent with `role`. */
export async function signInThroughUi(page: Page, role: AgentRole) {
  await page.goto('/sign-in');
  await demoAgentButton(page, role).click();
  await expectSignedInAs(page, role);
}

/** On a narrow screen the navigation is folded into the header's Menu button: open it first. */
export async function openMenuIfFolded(page: Page) {
  // The shell first: before it renders there is neither a menu button nor a navigation.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}

/** The main navigation, unfolded on a narrow screen. */
export async function mainNav(page: Page) {
  await openMenuIfFolded(page);
  return page.getByRole('navigation', { name: 'Main' });
}
