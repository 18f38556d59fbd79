import { useId } from 'react';
import { ChevronFirst, ChevronLast, ChevronLeft, ChevronRight, type LucideIcon } from 'lucide-react';
import { formatCount } from '../../lib/format';
import { PAGE_SIZES, type PageSize } from './list-view';
import type { TransactionTable } from './use-transaction-table';

/** "41–60 of 2,317": the rows on screen and how many match, as people count them. */
export function rangeLabel(page: number, size: number, total: number): string {
  if (total === 0) return '0 of 0';
  const first = Math.min((page - 1) * size + 1, total);
  const last = Math.min(page * size, total);
  return `${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}`;
}

function PageButton({
  label,
  icon: Icon,
  disabled,
  onClick,
}: {
  label: string;
  icon: LucideIcon;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      // aria-disabled, not disabled: focus stays on "Next page" when it reaches the last page.
      aria-disabled={disabled}
      onClick={() => !disabled && onClick()}
      className="inline-flex size-8 items-center justify-center rounded-md border border-slate-300 bg-white text-slate-700 shadow-xs hover:bg-slate-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-40 aria-disabled:hover:bg-white"
    >
      <Icon aria-hidden="true" className="size-4" />
    </button>
  );
}

/** Server-side pages through the table's own pagination API; its page count comes from the total. */
export function PaginationBar({ table, total }: { table: TransactionTable; total: number }) {
  const sizeId = useId();
  const { pageIndex, pageSize } = table.state.pagination;
  const pageCount = Math.max(1, table.getPageCount());
  return (
    <nav
      aria-label="Pagination"
      className="mt-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-2 text-sm text-slate-600"
    >
      <div className="flex items-center gap-2">
        <label htmlFor={sizeId}>Rows per page</label>
        <select
          id={sizeId}
          value={pageSize}
          onChange={(e) => table.setPageSize(Number(e.target.value) as PageSize)}
          className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 shadow-xs"
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-4">
        <p aria-live="polite" className="tabular-nums">
          <span className="font-medium text-slate-900">{rangeLabel(pageIndex + 1, pageSize, total)}</span>
          <span className="ml-3 text-slate-500">
            Page {formatCount(pageIndex + 1)} of {formatCount(pageCount)}
          </span>
        </p>
        <div className="flex items-center gap-1">
          <PageButton
            label="First page"
            icon={ChevronFirst}
            disabled={!table.getCanPreviousPage()}
            onClick={() => table.firstPage()}
          />
          <PageButton
            label="Previous page"
            icon={ChevronLeft}
            disabled={!table.getCanPreviousPage()}
            onClick={() => table.previousPage()}
          />
          <PageButton
            label="Next page"
            icon={ChevronRight}
            disabled={!table.getCanNextPage()}
            onClick={() => table.nextPage()}
          />
          <PageButton
            label="Last page"
            icon={ChevronLast}
            disabled={!table.getCanNextPage()}
            onClick={() => table.lastPage()}
          />
        </div>
      </div>
    </nav>
  );
}
