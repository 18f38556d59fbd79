import { clsx } from 'clsx';
import { ArrowDown, ArrowUp } from 'lucide-react';
import type { MouseEvent } from 'react';
import { useT } from '../../../i18n/use-t';
import type { TransactionColumnMeta } from './table-features';
import type { useRowFocus } from './use-row-focus';
import type { TransactionTable as Table } from './use-transaction-table';

export interface TransactionTableProps {
  table: Table;
  /** First load: grey rows in the table's shape instead of data. */
  loading: boolean;
  /** A newer answer is on its way while the previous one stays on screen. */
  updating: boolean;
  caption: string;
  /** Roving focus over the rows (the page owns it: the cells need to know the active row). */
  rowProps: ReturnType<typeof useRowFocus>['rowProps'];
  onOpen: (id: string) => void;
}

const cellClass = (meta: TransactionColumnMeta | undefined) =>
  clsx(
    'px-2.5 first:pl-4 last:pr-4',
    meta?.align === 'end' && 'text-right',
    // Narrow: the id stays at the left edge (opaque, with a rule) while the rest scrolls under it.
    meta?.sticky && 'max-lg:sticky max-lg:left-0 max-lg:z-10 max-lg:shadow-[1px_0_0_var(--color-slate-200)]',
    meta?.className,
  );

/** Clicks on the row's own controls, or ending a text selection, must not open the transaction. */
function opensRow(event: MouseEvent) {
  const target = event.target as Element;
  if (target.closest('a, button, input, select, textarea')) return false;
  return !window.getSelection()?.toString();
}

export function TransactionTable({
  table,
  loading,
  updating,
  caption,
  rowProps,
  onOpen,
}: TransactionTableProps) {
  const t = useT();
  const rows = table.getRowModel().rows;
  const columns = table.getVisibleLeafColumns();

  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table aria-busy={loading || updating} className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta;
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    className={clsx(
                      cellClass(meta),
                      'py-2.5 text-xs font-semibold tracking-wide whitespace-nowrap text-slate-500 uppercase',
                      meta?.align !== 'end' && 'text-left',
                      meta?.sticky && 'max-lg:bg-slate-50',
                    )}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        title={
                          sorted === 'desc'
                            ? t('transactions.sort.toOldest')
                            : t('transactions.sort.toNewest')
                        }
                        className="-mx-1 inline-flex items-center gap-1 rounded px-1 uppercase hover:text-slate-900"
                      >
                        <table.FlexRender header={header} />
                        {sorted === 'asc' ? (
                          <ArrowUp aria-hidden="true" className="size-3.5 text-indigo-600" />
                        ) : (
                          <ArrowDown aria-hidden="true" className="size-3.5 text-indigo-600" />
                        )}
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className={clsx('divide-y divide-slate-100 transition-opacity', updating && 'opacity-60')}>
          {loading
            ? Array.from({ length: 8 }, (_, i) => (
                <tr key={i} aria-hidden="true" data-testid="skeleton-row">
                  {columns.map((column) => (
                    <td key={column.id} className="px-2.5 py-3.5 first:pl-4 last:pr-4">
                      <div className="h-4 motion-safe:animate-pulse rounded bg-slate-200" />
                    </td>
                  ))}
                </tr>
              ))
            : rows.map((row) => (
                <tr
                  key={row.id}
                  {...rowProps(row.id)}
                  onClick={(event) => opensRow(event) && onOpen(row.id)}
                  className="group cursor-pointer outline-none hover:bg-slate-50 focus-visible:bg-indigo-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600"
                >
                  {row.getVisibleCells().map((cell) => (
                    <td
                      key={cell.id}
                      className={clsx(
                        cellClass(cell.column.columnDef.meta),
                        cell.column.columnDef.meta?.cellClassName,
                        cell.column.columnDef.meta?.sticky &&
                          'max-lg:bg-white max-lg:group-hover:bg-slate-50 max-lg:group-focus-visible:bg-indigo-50',
                        'py-2 whitespace-nowrap',
                      )}
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
        </tbody>
      </table>
    </div>
  );
}
