import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DOCUMENTED_EXAMPLE } from '../../../mocks/documented-example';
import { FIXTURE_TRANSACTIONS } from '../../../mocks/fixtures';
import { server } from '../../../test-support/msw-server';
import { renderApp } from '../../../test-support/render-app';
import { bodyRows, findRowFor } from '../../../test-support/transaction-list';
import { COLUMN_VISIBILITY_KEY, NARROW_QUERY } from './use-column-visibility';

afterEach(() => {
  server.events.removeAllListeners();
  window.localStorage.clear();
  vi.unstubAllGlobals();
});

describe('keyboard', () => {
  it('"/" focuses the transaction id search, but not while typing in a field', async () => {
    const { user } = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    const idSearch = screen.getByRole('searchbox', { name: 'Transaction id' });
    expect(idSearch).toHaveAttribute('aria-keyshortcuts', '/');
    await user.keyboard('/');
    expect(idSearch).toHaveFocus();
    expect(idSearch).toHaveValue('');

    const userBox = screen.getByRole('searchbox', { name: 'User id' });
    await user.click(userBox);
    await user.keyboard('/');
    expect(userBox).toHaveFocus();
    expect(userBox).toHaveValue('/');
  });

  it('moves through rows with arrows and j/k, one row in the tab order, and Enter opens it', async () => {
    const { user, router } = renderApp('/transactions?type=OFF_RAMP');
    const offRamps = FIXTURE_TRANSACTIONS.filter((tx) => tx.type === 'OFF_RAMP');
    await findRowFor(offRamps[0]!.id);
    const rows = bodyRows();
    expect(rows.filter((row) => row.tabIndex === 0)).toEqual([rows[0]]);

    rows[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(rows[1]).toHaveFocus();
    await user.keyboard('j');
    expect(rows[2]).toHaveFocus();
    await user.keyboard('k');
    expect(rows[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(rows[0]).toHaveFocus(); // stops at the first row
    await user.keyboard('{End}');
    expect(rows.at(-1)).toHaveFocus();
    await user.keyboard('{Home}{ArrowDown}');
    expect(rows[1]).toHaveFocus();
    expect(rows[1]!.tabIndex).toBe(0);
    expect(rows[0]!.tabIndex).toBe(-1);
    // The focused row's own controls are reachable with Tab; other rows' are not.
    expect(within(rows[1]!).getByRole('button', { name: 'Copy transaction id' }).tabIndex).toBe(0);
    expect(within(rows[2]!).getByRole('button', { name: 'Copy transaction id' }).tabIndex).toBe(-1);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/transactions/${offRamps[1]!.id}`));
    expect(router.state.location.search).toBe('?type=OFF_RAMP');
  });

  it('opens a transaction with a click anywhere on its row', async () => {
    const { user, router } = renderApp('/transactions');
    const row = await findRowFor(DOCUMENTED_EXAMPLE.id);
    await user.click(within(row).getByText('On-ramp'));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/transactions/${DOCUMENTED_EXAMPLE.id}`),
    );
  });

  it('moves through the status menu with arrow keys and closes it with Escape', async () => {
    const { user } = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    const trigger = screen.getByRole('button', { name: /^Status/ });
    trigger.focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: 'Status' });
    const items = [...menu.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(items[2]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(items.at(-1)).toHaveFocus(); // wraps around
    await user.keyboard('{Home}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });
});

describe('column visibility', () => {
  it('hides a column from the menu, and remembers it in this browser', async () => {
    const first = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    await first.user.click(screen.getByRole('button', { name: 'Columns' }));
    const rate = screen.getByRole('checkbox', { name: 'Exchange rate' });
    expect(screen.queryByRole('checkbox', { name: 'Transaction id' })).not.toBeInTheDocument(); // always shown
    await first.user.click(rate);
    expect(screen.queryByRole('columnheader', { name: 'Rate' })).not.toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(COLUMN_VISIBILITY_KEY)!)).toEqual({ exchangeRate: false });
    first.unmount();

    const second = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    expect(screen.queryByRole('columnheader', { name: 'Rate' })).not.toBeInTheDocument();
    await second.user.click(screen.getByRole('button', { name: 'Columns' }));
    await second.user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByRole('columnheader', { name: 'Rate' })).toBeInTheDocument();
  });

  it('folds the type under the id when its column is hidden', async () => {
    window.localStorage.setItem(COLUMN_VISIBILITY_KEY, JSON.stringify({ type: false }));
    renderApp('/transactions');
    const row = await findRowFor(DOCUMENTED_EXAMPLE.id);
    expect(screen.queryByRole('columnheader', { name: 'Type' })).not.toBeInTheDocument();
    const idCell = screen.getByRole('link', { name: `Transaction ${DOCUMENTED_EXAMPLE.id}` }).closest('td')!;
    expect(within(idCell).getByText('On-ramp')).toBeInTheDocument();
    expect(within(row).getAllByText('On-ramp')).toHaveLength(1);
  });

  it('below 1024 px: the status and type fold under the id, whose column stays put while the table scrolls', async () => {
    const matchMedia = (query: string) =>
      ({
        matches: query === NARROW_QUERY,
        media: query,
        addEventListener() {},
        removeEventListener() {},
      }) as unknown as MediaQueryList;
    vi.stubGlobal('matchMedia', matchMedia);
    renderApp('/transactions');
    const row = await findRowFor(DOCUMENTED_EXAMPLE.id);
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      expect.stringMatching(/^Created/),
      'Transaction',
      'On it',
      'Fiat',
      'Crypto',
    ]);
    const idCell = within(row)
      .getByRole('link', { name: `Transaction ${DOCUMENTED_EXAMPLE.id}` })
      .closest('td')!;
    expect(within(idCell).getByText('Pending')).toBeInTheDocument();
    expect(within(idCell).getByText('On-ramp')).toBeInTheDocument();
    expect(idCell).toHaveClass('max-lg:sticky', 'max-lg:left-0', 'max-lg:bg-white');
  });

  it('ignores garbage in storage and shows the default columns', async () => {
    window.localStorage.setItem(COLUMN_VISIBILITY_KEY, '{"type": false, "bogus": "x"');
    renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    expect(screen.getAllByRole('columnheader')).toHaveLength(10);
  });
});
