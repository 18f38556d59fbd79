import {
  functionalUpdate,
  useTable,
  type ColumnVisibilityState,
  type PaginationState,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Transaction } from '../../../../contract/capa';
import { PAGE_SIZES, type PageSize } from '../list-view';
import type { ListViewControls } from '../use-list-view';
import { transactionTableFeatures, type TransactionTableMeta } from './table-features';
import { transactionColumns } from './transaction-columns';

export interface TransactionTableInput {
  items: readonly Transaction[];
  /** Total matching the filters; undefined until the first answer. */
  total: number | undefined;
  controls: ListViewControls;
  columnVisibility: ColumnVisibilityState;
  setColumnVisibility: (next: ColumnVisibilityState) => void;
  meta: TransactionTableMeta;
}

const EMPTY: Transaction[] = [];
const isPageSize = (n: number): n is PageSize => (PAGE_SIZES as readonly number[]).includes(n);

/**
 * TanStack Table v9 over one server page. The URL owns sorting and pagination (controlled
 * slices written back through the list view), the browser owns column visibility; the BFF sorts
 * and pages, so both run in manual mode.
 */
export function useTransactionTable({
  items,
  total,
  controls,
  columnVisibility,
  setColumnVisibility,
  meta,
}: TransactionTableInput) {
  const { view } = controls;
  // Stuck only is ordered by time in status, which no column shows sorted.
  const sorting = useMemo<SortingState>(
    () => (view.stuck ? [] : [{ id: 'createdAt', desc: view.sort === 'desc' }]),
    [view.sort, view.stuck],
  );
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: view.page - 1, pageSize: view.size }),
    [view.page, view.size],
  );

  return useTable({
    features: transactionTableFeatures,
    columns: transactionColumns,
    // Copied only when the page changes, so row models are not rebuilt on every render.
    data: items.length ? (items as Transaction[]) : EMPTY,
    getRowId: (tx) => tx.id,
    state: { sorting, pagination, columnVisibility },
    onSortingChange: (updater) => {
      const [first] = functionalUpdate(updater, sorting);
      controls.setSort(first && !first.desc ? 'asc' : 'desc');
    },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      const size = isPageSize(next.pageSize) ? next.pageSize : view.size;
      controls.setPaging({ page: Math.max(1, next.pageIndex + 1), size });
    },
    onColumnVisibilityChange: (updater) => setColumnVisibility(functionalUpdate(updater, columnVisibility)),
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    rowCount: total,
    meta,
  });
}

export type TransactionTable = ReturnType<typeof useTransactionTable>;
