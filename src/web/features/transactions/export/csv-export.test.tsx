import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_PATHS } from '../../../../contract/api';
import { apiErrorResponse } from '../../../mocks/api-responses';
import { csvExportResponse } from '../../../mocks/csv-export';
import { FIXTURE_TRANSACTIONS } from '../../../mocks/fixtures';
import { server } from '../../../test-support/msw-server';
import { renderApp } from '../../../test-support/render-app';
import { tableSettled } from '../../../test-support/transaction-list';

const EXPORT = `*${API_PATHS.transactionExport}`;

/** What the browser was handed to save: the blob and the name, or nothing. */
let saved: { blob: Blob; name: string }[] = [];
beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ blob: blobs.get(this.href)!, name: this.download });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  server.events.removeAllListeners();
});

/** A header and `n` numbered rows, one per line. */
const lines = (n: number) => [
  'id,amount\r\n',
  ...Array.from({ length: n }, (_, i) => `row-${i + 1},0.1\r\n`),
];

async function startExport(path = '/transactions', as: 'operator' | 'admin' | 'viewer' = 'operator') {
  const app = renderApp(path, { as });
  await tableSettled();
  await app.user.click(await screen.findByRole('button', { name: 'Export CSV' }));
  return app;
}

describe('CSV export', () => {
  it('streams the view with the session’s CSRF header and saves the whole file under the server’s name', async () => {
    const sent: Request[] = [];
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === API_PATHS.transactionExport) sent.push(request);
    });
    const from = '2025-11-10T00:00:00.000Z';
    await startExport(`/transactions?type=OFF_RAMP&from=${from}&page=2&size=10`);
    const rows = FIXTURE_TRANSACTIONS.filter((tx) => tx.type === 'OFF_RAMP' && tx.createdAt >= from);
    const name = 'rampdesk-sandbox-off-ramp-2025-11-10_now.csv';
    expect(await screen.findByText(`Saved ${name}: ${rows.length} rows.`)).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers.get('x-csrf')).toBe('1');
    expect(new URL(sent[0]!.url).search).toBe(`?type=OFF_RAMP&from=${encodeURIComponent(from)}`);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe(name);
    const text = await saved[0]!.blob.text();
    const records = text.split('\r\n').filter(Boolean);
    expect(records).toHaveLength(rows.length + 1);
    expect(records[0]).toMatch(/^id,userId,status,type,/);
    expect(
      records
        .slice(1)
        .map((r) => r.split(',')[0])
        .sort(),
    ).toEqual(rows.map((tx) => tx.id).sort());
  });

  it('shows rows done of the total while it streams, and Cancel stops it without saving', async () => {
    let release!: () => void;
    const until = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(EXPORT, () =>
        csvExportResponse(lines(4_125), { filename: 'view.csv', hold: { afterRows: 1_200, until } }),
      ),
    );
    const { user } = await startExport();
    const progress = await screen.findByRole('progressbar', { name: 'Export progress' });
    await waitFor(() => expect(progress).toHaveAttribute('aria-valuenow', '1200'));
    expect(progress).toHaveAttribute('aria-valuemax', '4125');
    expect(screen.getByText('Exporting 1,200 of 4,125 rows…')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(
      await screen.findByText('Export cancelled after 1,200 of 4,125 rows. No file was saved.'),
    ).toBeInTheDocument();
    release();
    expect(saved).toEqual([]);
  });

  it('fails visibly when the stream breaks midway, saves nothing, and tries again', async () => {
    let broken = true;
    server.use(
      http.get(EXPORT, () =>
        broken
          ? csvExportResponse(lines(4_125), { filename: 'view.csv', failAfterRows: 3_000, rowsPerChunk: 500 })
          : undefined,
      ),
    );
    const { user } = await startExport();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The export failed after 3,000 of 4,125 rows: the server stopped sending (Capa stopped answering, or the connection broke). No file was saved. Try again.',
    );
    expect(saved).toEqual([]);
    broken = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/^Saved rampdesk-sandbox\.csv: 60 rows\.$/)).toBeInTheDocument();
    expect(saved).toHaveLength(1);
  });

  it('never saves a stream that ends cleanly but short of the rows announced', async () => {
    server.use(http.get(EXPORT, () => csvExportResponse(lines(7), { filename: 'view.csv', total: 10 })));
    await startExport();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The export ended after 7 of 10 rows, fewer than announced. No file was saved.',
    );
    expect(saved).toEqual([]);
  });

  it('counts a quoted line break as part of its row', async () => {
    const quoted = ['id,note\r\n', 'a,"line one\r\nline two"\r\n', 'b,plain\r\n'];
    server.use(http.get(EXPORT, () => csvExportResponse(quoted, { filename: 'notes.csv', total: 2 })));
    await startExport();
    expect(await screen.findByText('Saved notes.csv: 2 rows.')).toBeInTheDocument();
    expect(await saved[0]!.blob.text()).toBe(quoted.join(''));
  });

  it('says why when the BFF refuses the export', async () => {
    server.use(
      http.get(EXPORT, () => apiErrorResponse(403, 'FORBIDDEN', 'Forbidden.', { requiredRole: 'operator' })),
    );
    await startExport();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The export could not start: You need the operator role to export transactions. Ask an admin.',
    );
  });

  it('tells viewers exports are for operators and admins, and asks nothing', async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => void asked.push(new URL(request.url).pathname));
    await startExport('/transactions', 'viewer');
    const button = screen.getByRole('button', { name: 'Export CSV' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(/Exports are for operators and admins/);
    // Pressing it shows the reason on screen, not only to screen readers.
    expect(screen.getByText(/Exports are for operators/, { selector: 'span' })).not.toHaveClass('sr-only');
    expect(asked).not.toContain(API_PATHS.transactionExport);
    expect(saved).toEqual([]);
  });

  it('shows the finished export on the Audit page', async () => {
    const { router } = await startExport('/transactions?status=COMPLETED');
    await screen.findByText(/^Saved /);
    await router.navigate('/audit?log=exports');
    const table = await screen.findByRole('table', { name: /CSV exports, 1–1 of 1/ });
    const cells = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell');
    const completed = FIXTURE_TRANSACTIONS.filter((tx) => tx.status === 'COMPLETED').length;
    expect(cells.map((c) => c.textContent)).toEqual([
      expect.any(String),
      'Status Completed',
      'All dates',
      String(completed),
      'Completed',
      expect.any(String),
    ]);
  });
});
