import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { STATUS_FACTS, TRANSACTION_STATUSES } from '../../../../contract/statuses';
import { DOCUMENTED_EXAMPLE } from '../../../mocks/documented-example';
import { FIXTURE_TRANSACTIONS, MOCK_PARTNER_ID } from '../../../mocks/fixtures';
import { server } from '../../../test-support/msw-server';
import { renderApp } from '../../../test-support/render-app';
import { bodyRows, findRowFor, recordListRequests } from '../../../test-support/transaction-list';

afterEach(() => server.events.removeAllListeners());

const OFF_RAMPS = FIXTURE_TRANSACTIONS.filter((tx) => tx.type === 'OFF_RAMP');
const search = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search);
const idSearchBox = () => screen.getByRole('searchbox', { name: 'Transaction id' });
const userBox = () => screen.getByRole('searchbox', { name: 'User id' });
const chips = () => screen.queryByRole('list', { name: 'Active filters' });

async function chooseStatus(user: ReturnType<typeof renderApp>['user'], name: string) {
  await user.click(screen.getByRole('button', { name: /^Status/ }));
  await user.click(
    within(screen.getByRole('menu', { name: 'Status' })).getByRole('menuitemcheckbox', { name }),
  );
  await user.keyboard('{Escape}');
}

describe('transaction filters', () => {
  it('offers all 19 statuses, grouped, each as the badge the table shows', async () => {
    const { user } = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    const trigger = screen.getByRole('button', { name: /^Status\s+Any status$/ });
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu', { name: 'Status' });
    expect(within(menu).getAllByRole('group')).toHaveLength(5);
    expect(within(menu).getByRole('group', { name: 'Needs attention' })).toBeInTheDocument();
    const [any] = within(menu).getAllByRole('menuitemradio');
    expect(any).toHaveAccessibleName('Any status');
    expect(any).toHaveAttribute('aria-checked', 'true');
    expect(any).toHaveFocus(); // opening puts focus on the current choice
    // Each status, and each group as a whole.
    expect(within(menu).getAllByRole('menuitemcheckbox')).toHaveLength(TRANSACTION_STATUSES.length + 5);
    const pending = within(menu).getByRole('menuitemcheckbox', { name: 'Pending payment' });
    expect(within(pending).getByText('Pending payment')).toHaveAttribute(
      'data-tone',
      STATUS_FACTS.PENDING_PAYMENT.tone,
    );
  });

  it('filters by status from the menu: URL, request, rows and chip agree', async () => {
    const requests = recordListRequests();
    const { user, router } = renderApp('/transactions?page=2');
    await findRowFor(FIXTURE_TRANSACTIONS[20]!.id);
    await chooseStatus(user, 'Completed');
    await waitFor(() => expect(search(router).get('status')).toBe('COMPLETED'));
    expect(search(router).has('page')).toBe(false); // a filter change returns to page one
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
    for (const row of bodyRows())
      expect(within(row).getByText('Completed', { selector: '[data-tone]' })).toBeInTheDocument();
    expect(requests.matching({ status: 'COMPLETED', skip: '0' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: /^Status\s+Completed$/ })).toBeInTheDocument();
    // In words on hover too (a screen reader reads the title): never Capa's code.
    expect(within(chips()!).getByText('Status: Completed')).toHaveAttribute('title', 'Status: Completed');
  });

  it('picks a whole group and one more status: one request for the set, named in words', async () => {
    const requests = recordListRequests();
    const { user, router } = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    await user.click(screen.getByRole('button', { name: /^Status/ }));
    const menu = screen.getByRole('menu', { name: 'Status' });
    await user.click(within(menu).getByRole('menuitemcheckbox', { name: 'All of Needs attention' }));
    // The menu stays open for the next choice; the group reads checked, its statuses too.
    await user.click(within(menu).getByRole('menuitemcheckbox', { name: 'Pending' }));
    const set = 'PENDING,CRYPTO_NOT_RECEIVED,AWAITING_MANUAL_CRYPTO_TRANSFER,AWAITING_MANUAL_FIAT_TRANSFER';
    await waitFor(() => expect(search(router).get('status')).toBe(set));
    expect(within(menu).getByRole('menuitemcheckbox', { name: 'All of Needs attention' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(within(menu).getByRole('menuitemcheckbox', { name: 'All of Waiting for funds' })).toHaveAttribute(
      'aria-checked',
      'mixed',
    );
    await user.keyboard('{Escape}');
    const words =
      'Pending, Crypto not received, Awaiting manual crypto transfer, Awaiting manual fiat transfer';
    expect(screen.getByRole('button', { name: `Status ${words}` })).toBeInTheDocument();
    expect(within(chips()!).getByText(`Status: ${words}`)).toBeInTheDocument();
    await waitFor(() => expect(requests.matching({ status: set, skip: '0' }).length).toBeGreaterThan(0));
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
    const allowed = [
      'Pending',
      'Crypto not received',
      'Awaiting manual crypto transfer',
      'Awaiting manual fiat transfer',
    ];
    for (const row of bodyRows()) {
      expect(allowed).toContain(within(row).getByText(/./, { selector: '[data-tone]' }).textContent);
    }
  });

  it('filters by type and by fiat currency', async () => {
    const requests = recordListRequests();
    const { user, router } = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'OFF_RAMP');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Currency' }), 'MXN');
    await waitFor(() => expect(router.state.location.search).toBe('?type=OFF_RAMP&currency=MXN'));
    await waitFor(() =>
      expect(requests.matching({ type: 'OFF_RAMP', fiatCurrency: 'MXN' }).length).toBeGreaterThan(0),
    );
    const expected = OFF_RAMPS.filter((tx) => tx.fiatCurrency === 'MXN');
    await waitFor(() => expect(bodyRows()).toHaveLength(expected.length));
    expect(
      screen.getByText(`${expected.length} transactions matching the filters · newest first`),
    ).toBeInTheDocument();
  });

  it('filters by user id once the agent pauses typing, never per keystroke', async () => {
    const requests = recordListRequests();
    const userId = DOCUMENTED_EXAMPLE.userId;
    const { router } = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    // Keystroke by keystroke, faster than the debounce; the id becomes valid on the last one.
    for (let i = 1; i <= userId.length; i++)
      fireEvent.change(userBox(), { target: { value: userId.slice(0, i) } });
    fireEvent.change(userBox(), { target: { value: userId.slice(0, -1) } });
    fireEvent.change(userBox(), { target: { value: `  ${userId}  ` } });
    expect(requests.matching({ userId })).toHaveLength(0);
    expect(screen.queryByText(/Not a valid id/)).not.toBeInTheDocument(); // no error while typing
    await waitFor(() => expect(search(router).get('user')).toBe(userId)); // trimmed
    await waitFor(() => expect(requests.matching({ userId })).toHaveLength(1));
    const mine = FIXTURE_TRANSACTIONS.filter((tx) => tx.userId === userId);
    await waitFor(() => expect(bodyRows()).toHaveLength(mine.length));
    expect(requests.seen.every((p) => !p.has('userId') || p.get('userId') === userId)).toBe(true);
  });

  it('says a malformed id is not one, inline, and asks the server nothing for it', async () => {
    const requests = recordListRequests();
    const { user, router } = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    const before = requests.seen.length;
    await user.click(screen.getByText('More filters'));
    await user.type(screen.getByRole('searchbox', { name: 'Partner id' }), 'partner-42{Enter}');
    const box = screen.getByRole('searchbox', { name: 'Partner id' });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/Not a valid id: ids are UUIDs/);
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(requests.seen.length).toBe(before);
    expect(search(router).has('partner')).toBe(false);
  });

  it('filters by transaction id and by partner id', async () => {
    const requests = recordListRequests();
    const { user, router } = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    const target = FIXTURE_TRANSACTIONS[7]!;
    // Typed, then a pause: the list is filtered to it (Enter would open it instead).
    await user.type(idSearchBox(), target.id);
    await waitFor(() => expect(search(router).get('id')).toBe(target.id));
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(requests.matching({ id: target.id }).length).toBeGreaterThan(0);
    expect(router.state.location.pathname).toBe('/transactions');

    // The partner id is under "More filters", with what it is for.
    expect(screen.getByText('More filters').closest('details')).not.toHaveAttribute('open');
    await user.click(screen.getByText('More filters'));
    const partner = screen.getByRole('searchbox', { name: 'Partner id' });
    expect(partner).toHaveAccessibleDescription(/Capa’s id for a partner account/);
    await user.type(partner, `${MOCK_PARTNER_ID}{Enter}`);
    await waitFor(() =>
      expect(requests.matching({ id: target.id, partnerId: MOCK_PARTNER_ID }).length).toBe(1),
    );
    expect(within(chips()!).getAllByRole('listitem')).toHaveLength(2);
  });

  it('opens a transaction pasted into the id search, keeping the view in the URL', async () => {
    const { user, router } = renderApp('/transactions?type=ON_RAMP&size=50');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    await user.click(idSearchBox());
    await user.paste(`  ${DOCUMENTED_EXAMPLE.id}\n`);
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/transactions/${DOCUMENTED_EXAMPLE.id}`),
    );
    expect(router.state.location.search).toBe('?type=ON_RAMP&size=50');
    expect(await screen.findByRole('dialog', { name: 'On-ramp' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/transactions'));
    expect(router.state.location.search).toBe('?type=ON_RAMP&size=50');
    expect(idSearchBox()).toHaveValue('');
  });

  it('opens a transaction whose whole id is typed and confirmed with Enter, as a paste does', async () => {
    const { user, router } = renderApp('/transactions?type=ON_RAMP');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    await user.type(idSearchBox(), `${DOCUMENTED_EXAMPLE.id.toUpperCase()} {Enter}`);
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/transactions/${DOCUMENTED_EXAMPLE.id}`),
    );
    expect(router.state.location.search).toBe('?type=ON_RAMP');
    expect(await screen.findByRole('dialog', { name: 'On-ramp' })).toBeInTheDocument();
  });

  it('opens "More filters" by itself when a partner id is in force', async () => {
    renderApp(`/transactions?partner=${MOCK_PARTNER_ID}`);
    expect(await screen.findByRole('searchbox', { name: 'Partner id' })).toHaveValue(MOCK_PARTNER_ID);
    expect(screen.getByText('More filters').closest('details')).toHaveAttribute('open');
  });

  it('filters by a user from the row, with a click on the user id', async () => {
    const { user, router } = renderApp('/transactions');
    const row = await findRowFor(DOCUMENTED_EXAMPLE.id);
    await user.click(within(row).getByRole('button', { name: /^Show only transactions of user/ }));
    await waitFor(() => expect(search(router).get('user')).toBe(DOCUMENTED_EXAMPLE.userId));
    expect(userBox()).toHaveValue(DOCUMENTED_EXAMPLE.userId);
    expect(
      within(chips()!).getByText(`User id: ${DOCUMENTED_EXAMPLE.userId.slice(0, 8)}…`),
    ).toBeInTheDocument();
  });

  it('shows active filters as chips, each clearable, and clears them all', async () => {
    const { user, router } = renderApp(`/transactions?status=COMPLETED&type=OFF_RAMP&currency=DOP&sort=asc`);
    await waitFor(() => expect(within(chips()!).getAllByRole('listitem')).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Remove filter Type: Off-ramp' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=COMPLETED&currency=DOP&sort=asc'));
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('');
    await user.click(within(chips()!.parentElement!).getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=asc'));
    expect(chips()).not.toBeInTheDocument();
  });
});

describe('the view in the URL', () => {
  it('restores every control from a shared link and asks for exactly that', async () => {
    const requests = recordListRequests();
    const userId = DOCUMENTED_EXAMPLE.userId;
    renderApp(
      `/transactions?status=PENDING&type=ON_RAMP&currency=DOP&user=${userId}&page=1&size=50&sort=asc`,
    );
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    expect(screen.getByRole('button', { name: /^Status\s+Pending$/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('ON_RAMP');
    expect(screen.getByRole('combobox', { name: 'Currency' })).toHaveValue('DOP');
    expect(userBox()).toHaveValue(userId);
    expect(screen.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('50');
    expect(screen.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'ascending');
    const [first] = requests.seen;
    expect(Object.fromEntries(first!)).toEqual({
      status: 'PENDING',
      type: 'ON_RAMP',
      fiatCurrency: 'DOP',
      userId,
      skip: '0',
      limit: '50',
      sortOrder: 'ASC',
    });
  });

  it('falls back to defaults for invalid or unknown parameters, without an error', async () => {
    const requests = recordListRequests();
    renderApp('/transactions?status=BOGUS&type=x&currency=GBP&user=nope&page=abc&size=7&sort=up&color=red');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(chips()).not.toBeInTheDocument();
    expect(Object.fromEntries(requests.seen[0]!)).toEqual({ skip: '0', limit: '20', sortOrder: 'DESC' });
  });

  it('walks back and forward through the filters the agent applied', async () => {
    const { user, router } = renderApp('/transactions');
    await findRowFor(DOCUMENTED_EXAMPLE.id);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'OFF_RAMP');
    await chooseStatus(user, 'Crypto received');
    await waitFor(() => expect(router.state.location.search).toBe('?status=CRYPTO_RECEIVED&type=OFF_RAMP'));

    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?type=OFF_RAMP');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Status\s+Any status$/ })).toBeInTheDocument(),
    );
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue(''));
    await act(() => router.navigate(1));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('OFF_RAMP'));
  });
});
