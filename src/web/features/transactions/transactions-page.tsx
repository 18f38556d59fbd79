import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { Outlet, useLocation, useNavigate, useOutlet } from 'react-router';
import type { Transaction } from '../../../contract/capa';
import { ErrorPanel } from '../../components/error-panel';
import { pageRangeLabel } from '../../components/page-controls';
import { useT } from '../../i18n/use-t';
import { formatCount, timeZoneLabel } from '../../lib/format';
import { paths } from '../../lib/paths';
import { transactionQueries } from '../../lib/transaction-queries';
import { useAgent } from '../../lib/use-agent';
import { useFocusShortcut } from '../../lib/use-focus-shortcut';
import { useNow } from '../../lib/use-now';
import type { DrawerHost } from './drawer/drawer-host';
import { ExportButton, ExportStatus } from './export/export-control';
import { useCsvExport } from './export/use-csv-export';
import { FilterChips } from './filters/filter-chips';
import { filterLabel } from './filters/filter-labels';
import { FiltersBar } from './filters/filters-bar';
import { IdFilter } from './filters/id-filter';
import { filterQueryFor, isFiltered, type ListView } from './list-view';
import { ColumnMenu } from './table/column-menu';
import { NoResults } from './table/no-results';
import { PaginationBar } from './table/pagination-bar';
import { RefreshControl } from './table/refresh-control';
import { TransactionTable } from './table/transaction-table';
import { useColumnVisibility } from './table/use-column-visibility';
import { useRowFocus } from './table/use-row-focus';
import { useTransactionTable } from './table/use-transaction-table';
import { TotalsBar } from './totals/totals-bar';
import { useListView } from './use-list-view';
import { useTransactionList } from './use-transaction-list';

const NO_ROWS: readonly Transaction[] = [];

function summary(t: ReturnType<typeof useT>, view: ListView, total: number | undefined): string {
  if (total === undefined) return '\u00a0';
  const order = t(
    view.stuck
      ? 'transactions.order.stuck'
      : view.sort === 'asc'
        ? 'transactions.order.oldest'
        : 'transactions.order.newest',
  );
  const values = { count: total, shown: formatCount(total), order };
  return t(isFiltered(view) ? 'transactions.summaryFiltered' : 'transactions.summary', values);
}

export function TransactionsPage() {
  const t = useT();
  const controls = useListView();
  const { view } = controls;
  const { search } = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useTransactionList(view, controls.setPaging);
  const [columnVisibility, setColumnVisibility] = useColumnVisibility();
  const now = useNow(30_000);
  const idSearch = useRef<HTMLInputElement>(null);
  const { can, agent } = useAgent();
  // The whole view, not the page: what the totals add up and the export writes.
  const filters = useMemo(() => filterQueryFor(view), [view]);
  const exporter = useCsvExport(filters);
  useFocusShortcut('/', idSearch);

  const data = list.data;
  // The list's count for this very view (not the previous one kept on screen while it loads).
  const settledTotal = list.isPlaceholderData ? undefined : data?.total;
  const items = data?.items ?? NO_ROWS;
  // The table's query string travels with the link, so coming back restores the same view.
  const open = (id: string) => void navigate({ pathname: paths.transaction(id), search });
  const rowIds = useMemo(() => items.map((tx) => tx.id), [items]);
  const rowFocus = useRowFocus(rowIds, open);
  const { focusRow } = rowFocus;
  // What the drawer (child route, /transactions/:id) needs from the table under it.
  const drawerHost = useMemo<DrawerHost>(
    () => ({ view, rowIds, total: data?.total, focusRow }),
    [view, rowIds, data?.total, focusRow],
  );
  const drawerOpen = useOutlet() !== null;
  const timeZone = useMemo(
    () =>
      timeZoneLabel(
        items.flatMap((tx) => (tx.completedAt ? [tx.createdAt, tx.completedAt] : [tx.createdAt])),
        now,
      ),
    [items, now],
  );
  const table = useTransactionTable({
    items,
    total: data?.total,
    controls,
    columnVisibility,
    setColumnVisibility,
    meta: {
      now,
      search,
      activeRowId: rowFocus.activeId,
      filterByUser: (user) => controls.setFilters({ user }),
      annotations: data?.annotations,
      agentId: agent?.id,
      timeZone,
    },
  });

  let body;
  if (list.isError && !data) {
    body = (
      <ErrorPanel
        title={t('transactions.loadError')}
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  } else if (data?.total === 0) {
    body = <NoResults view={view} onClearFilters={controls.clearFilters} />;
  } else {
    // No rows yet, or a page past the end while it moves to the last one.
    const loading = !data || items.length === 0;
    body = (
      <>
        <TransactionTable
          table={table}
          loading={loading}
          updating={list.isPlaceholderData}
          rowProps={rowFocus.rowProps}
          onOpen={open}
          caption={
            data
              ? t('transactions.captionRange', { range: pageRangeLabel(view.page, view.size, data.total) })
              : t('transactions.caption')
          }
        />
        {data ? <PaginationBar table={table} total={data.total} /> : null}
      </>
    );
  }

  return (
    <>
      {/* The drawer names the page while it is open: one <title> at a time. */}
      {drawerOpen ? null : <title>{t('transactions.documentTitle')}</title>}
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight text-slate-900">{t('transactions.title')}</h1>
          <p className="mt-0.5 text-sm text-slate-600">{summary(t, view, data?.total)}</p>
        </div>
        <IdFilter
          label={filterLabel('id')}
          hideLabel
          value={view.id}
          onCommit={(id) => controls.setFilters({ id })}
          onOpenId={open}
          inputRef={idSearch}
          placeholder={t('transactions.idPlaceholder')}
          shortcut="/"
          className="w-full sm:w-96"
        />
      </div>
      <FiltersBar filters={view} onChange={controls.setFilters} />
      <div className="mt-4 mb-2 flex min-h-8 flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <FilterChips
          view={view}
          onRemove={(key) => controls.setFilters({ [key]: undefined })}
          onRemoveWindow={() => controls.setFilters({ from: undefined, to: undefined })}
          onRemoveStuck={() => controls.setFilters({ stuck: undefined })}
          onClearAll={controls.clearFilters}
        />
        <div className="ml-auto flex flex-wrap items-center justify-end gap-2">
          <RefreshControl
            updatedAt={list.dataUpdatedAt}
            fetching={list.isFetching}
            onRefresh={() => {
              void queryClient.invalidateQueries({ queryKey: transactionQueries.lists() });
              void queryClient.invalidateQueries({ queryKey: transactionQueries.totalsAll() });
            }}
          />
          <ColumnMenu table={table} />
          <ExportButton exporter={exporter} allowed={can('operator')} />
        </div>
      </div>
      <ExportStatus exporter={exporter} />
      {/* Totals add up the whole view; Stuck only is a part of it whose sums nobody asked for. */}
      {settledTotal === 0 || view.stuck ? null : <TotalsBar filters={filters} count={settledTotal} />}
      <p role="status" className="sr-only">
        {!data && !list.isError ? t('transactions.loading') : ''}
      </p>
      {body}
      <Outlet context={drawerHost} />
    </>
  );
}
