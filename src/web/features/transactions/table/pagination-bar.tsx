import { PageControls } from '../../../components/page-controls';
import { PAGE_SIZES, type PageSize } from '../list-view';
import type { TransactionTable } from './use-transaction-table';

/**
 * The shared page controls, driven through the table's own pagination API (which keeps the URL
 * state in step); the table's page count comes from the total.
 */
export function PaginationBar({ table, total }: { table: TransactionTable; total: number }) {
  const { pageIndex, pageSize } = table.state.pagination;
  return (
    <PageControls
      page={pageIndex + 1}
      size={pageSize}
      total={total}
      sizes={PAGE_SIZES}
      onChange={({ page, size }) => {
        if (size !== pageSize) table.setPageSize(size as PageSize);
        else table.setPageIndex(page - 1);
      }}
    />
  );
}
