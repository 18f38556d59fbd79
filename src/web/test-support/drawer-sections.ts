import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { Transaction } from '../../contract/capa';
import { FIXTURE_TRANSACTIONS } from '../mocks/fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';

/**
 * Reading the drawer's sections, shared by the drawer's section tests (amounts, crypto, bank
 * account cards, details): open a transaction, find a section and a field's value in it.
 */

/** The first fixture transaction that fits; a fixture change that removes it fails loudly. */
export const fixtureWhere = (predicate: (tx: Transaction) => boolean) => {
  const tx = FIXTURE_TRANSACTIONS.find(predicate);
  if (!tx) throw new Error('no fixture matches');
  return tx;
};

/** A transaction only the detail endpoint knows (so no table row pre-fills the drawer). */
export const LONE_ID = '6a1f0c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b';
export function serveLone(tx: Record<string, unknown>) {
  server.use(http.get(`*/api/transactions/${LONE_ID}`, () => HttpResponse.json({ ...tx, id: LONE_ID })));
}

/** The app with the drawer open on `id`, once it shows that transaction. */
export async function openDrawer(id: string) {
  const view = renderApp(`/transactions/${id}`);
  // The first render in a worker loads the route's code: slower than the default wait on a busy machine.
  const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
  await within(dialog).findByText(id);
  return { ...view, dialog };
}

export const section = (dialog: HTMLElement, name: string) => within(dialog).getByRole('region', { name });
/** The value (dd) of the term (dt) `label`. */
export const field = (scope: HTMLElement, label: string) => {
  const term = within(scope).getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
};
