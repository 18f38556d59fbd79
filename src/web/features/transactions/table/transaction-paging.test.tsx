import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { pageRangeLabel } from '../../../components/page-controls';
import { FIXTURE_COUNT, FIXTURE_TRANSACTIONS } from '../../../mocks/fixtures';
import { server } from '../../../test-support/msw-server';
import { renderApp } from '../../../test-support/render-app';
import { bodyRows, findRowFor, LIST, recordListRequests } from '../../../test-support/transaction-list';

afterEach(() => server.events.removeAllListeners());

const OLDEST_FIRST = [...FIXTURE_TRANSACTIONS].reverse();
const nav = () => within(screen.getByRole('navigation', { name: 'Pagination' }));
const button = (name: string) => nav().getByRole('button', { name });
const search = (router: { state: { location: { search: string } } }) => router.state.location.search;

describe('pagination', () => {
  it('counts like people do: "41–60 of 2,317"', () => {
    expect(pageRangeLabel(3, 20, 2317)).toBe('41–60 of 2,317');
    expect(pageRangeLabel(1, 20, 7)).toBe('1–7 of 7');
    expect(pageRangeLabel(116, 20, 2317)).toBe('2,301–2,317 of 2,317');
  });

  it('shows the range and page of a large result from the BFF', async () => {
    server.use(
      http.get(LIST, ({ request }) => {
        const skip = Number(new URL(request.url).searchParams.get('skip'));
        return HttpResponse.json({ total: 2317, skip, limit: 20, items: FIXTURE_TRANSACTIONS.slice(0, 20) });
      }),
    );
    renderApp('/transactions?page=3');
    expect(await screen.findByText('41–60 of 2,317')).toBeInTheDocument();
    expect(nav().getByText('Page 3 of 116')).toBeInTheDocument();
  });

  it('on the first page, first and previous are off; next and last go forward', async () => {
    const { user, router } = renderApp('/transactions?size=10');
    await findRowFor(FIXTURE_TRANSACTIONS[0]!.id);
    expect(nav().getByText(`1–10 of ${FIXTURE_COUNT}`)).toBeInTheDocument();
    expect(button('First page')).toHaveAttribute('aria-disabled', 'true');
    expect(button('Previous page')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('Previous page'));
    expect(search(router)).toBe('?size=10');

    await user.click(button('Next page'));
    await waitFor(() => expect(search(router)).toBe('?page=2&size=10'));
    await findRowFor(FIXTURE_TRANSACTIONS[10]!.id);
    expect(button('Previous page')).toHaveAttribute('aria-disabled', 'false');
  });

  it('goes to the last page, goes no further, and comes back', async () => {
    const requests = recordListRequests();
    const { user, router } = renderApp('/transactions?size=10');
    await findRowFor(FIXTURE_TRANSACTIONS[0]!.id);
    await user.click(button('Last page'));
    await waitFor(() => expect(search(router)).toBe('?page=6&size=10'));
    await findRowFor(FIXTURE_TRANSACTIONS[59]!.id);
    expect(nav().getByText(`51–60 of ${FIXTURE_COUNT}`)).toBeInTheDocument();
    expect(nav().getByText('Page 6 of 6')).toBeInTheDocument();
    expect(button('Next page')).toHaveAttribute('aria-disabled', 'true');
    expect(button('Last page')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('Next page'));
    expect(search(router)).toBe('?page=6&size=10');
    expect(requests.matching({ skip: '60' })).toHaveLength(0); // nothing past the end, not even a prefetch

    await user.click(button('First page'));
    await waitFor(() => expect(search(router)).toBe('?size=10'));
    await findRowFor(FIXTURE_TRANSACTIONS[0]!.id);
  });

  it('keeps the first row in view when the page size changes', async () => {
    const requests = recordListRequests();
    const { user, router } = renderApp('/transactions?page=3&size=10'); // rows 21–30
    await findRowFor(FIXTURE_TRANSACTIONS[20]!.id);
    await user.selectOptions(nav().getByRole('combobox', { name: 'Rows per page' }), '20');
    await waitFor(() => expect(search(router)).toBe('?page=2')); // rows 21–40; size 20 is the default
    await waitFor(() => expect(bodyRows()).toHaveLength(20));
    expect(requests.matching({ skip: '20', limit: '20' }).length).toBeGreaterThan(0);
    await user.selectOptions(nav().getByRole('combobox', { name: 'Rows per page' }), '100');
    await waitFor(() => expect(search(router)).toBe('?size=100'));
    await waitFor(() => expect(bodyRows()).toHaveLength(FIXTURE_COUNT));
    expect(button('Next page')).toHaveAttribute('aria-disabled', 'true');
  });

  it('moves a link to a page past the end onto the last page, replacing it in history', async () => {
    const { router } = renderApp('/transactions?page=99');
    await waitFor(() => expect(search(router)).toBe('?page=3'));
    await findRowFor(FIXTURE_TRANSACTIONS[40]!.id);
    expect(nav().getByText(`41–60 of ${FIXTURE_COUNT}`)).toBeInTheDocument();
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('returns to page one when a filter changes', async () => {
    const { user, router } = renderApp('/transactions?page=2');
    await findRowFor(FIXTURE_TRANSACTIONS[20]!.id);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Currency' }), 'EUR');
    await waitFor(() => expect(search(router)).toBe('?currency=EUR'));
  });
});

describe('sorting by created date', () => {
  it('toggles oldest first and newest first from the column header', async () => {
    const requests = recordListRequests();
    const { user, router } = renderApp('/transactions?page=2');
    await findRowFor(FIXTURE_TRANSACTIONS[20]!.id);
    const header = screen.getByRole('columnheader', { name: /Created/ });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    for (const th of screen.getAllByRole('columnheader').filter((th) => th !== header)) {
      expect(th).not.toHaveAttribute('aria-sort');
    }

    await user.click(within(header).getByRole('button', { name: /Created/ }));
    await waitFor(() => expect(search(router)).toBe('?sort=asc')); // and back to page one
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    await findRowFor(OLDEST_FIRST[0]!.id);
    expect(bodyRows()[0]).toHaveTextContent(OLDEST_FIRST[0]!.id.slice(0, 8));
    expect(requests.matching({ sortOrder: 'ASC', skip: '0' }).length).toBeGreaterThan(0);
    expect(screen.getByText(`${FIXTURE_COUNT} transactions · oldest first`)).toBeInTheDocument();

    await user.click(within(header).getByRole('button', { name: /Created/ }));
    await waitFor(() => expect(search(router)).toBe(''));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    await findRowFor(FIXTURE_TRANSACTIONS[0]!.id);
  });
});
