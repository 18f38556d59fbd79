import { Columns3 } from 'lucide-react';
import { Popover } from '../../../components/popover';
import { useT } from '../../../i18n/use-t';
import type { TransactionTable } from './use-transaction-table';

/** Show or hide columns; the transaction id stays, it is what opens a row. */
export function ColumnMenu({ table }: { table: TransactionTable }) {
  const t = useT();
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  return (
    <Popover
      align="end"
      triggerClassName="inline-flex h-8 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-700 shadow-xs hover:bg-slate-50"
      trigger={
        <>
          <Columns3 aria-hidden="true" className="size-4" />
          {t('transactions.columns.button')}
        </>
      }
      panelClassName="w-56 p-2"
      onOpen={(panel) => panel.querySelector<HTMLElement>('input')?.focus()}
    >
      <fieldset>
        <legend className="px-1 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
          {t('transactions.columns.visible')}
        </legend>
        {columns.map((column) => (
          <label
            key={column.id}
            className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 hover:bg-slate-50"
          >
            <input
              type="checkbox"
              checked={column.getIsVisible()}
              onChange={column.getToggleVisibilityHandler()}
              className="size-4 accent-indigo-600"
            />
            {column.columnDef.meta ? t(column.columnDef.meta.label) : column.id}
          </label>
        ))}
        <button
          type="button"
          onClick={() => table.resetColumnVisibility(true)}
          className="mt-1 w-full rounded px-1 py-1 text-left text-xs font-medium text-indigo-700 hover:bg-indigo-50"
        >
          {t('transactions.columns.reset')}
        </button>
      </fieldset>
    </Popover>
  );
}
