/** Shared by the transactions component tests: what the page asked the BFF's list for. */
import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { API_PATHS } from '../../contract/api';
import { server } from './msw-server';

export const LIST = `*${API_PATHS.transactions}`;

/** Records every GET /api/transactions from now on; `stop` detaches (tests also reset listeners). */
export function recordListRequests() {
  const seen: URLSearchParams[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname === API_PATHS.transactions) seen.push(url.searchParams);
  };
  server.events.on('request:start', listener);
  return {
    seen,
    /** Requests whose parameters include all of `params`. */
    matching: (params: Record<string, string>) =>
      seen.filter((p) => Object.entries(params).every(([k, v]) => p.get(k) === v)),
  };
}

/** The body rows of the transactions table (not the header, not skeletons). */
export function bodyRows(): HTMLElement[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .filter((row) => row.closest('tbody') && !row.hasAttribute('aria-hidden'));
}

export async function findRowFor(id: string): Promise<HTMLElement> {
  const link = await screen.findByRole('link', { name: `Transaction ${id}` });
  return link.closest('tr')!;
}

/**
 * Waits until the table has drawn the view's rows, whichever they are (also behind an open drawer,
 * which hides the table from the accessibility tree).
 */
export async function tableSettled(): Promise<void> {
  await waitFor(() =>
    expect(screen.getByRole('table', { hidden: true })).toHaveAttribute('aria-busy', 'false'),
  );
}
