import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { Link } from 'react-router';
import type { Transaction } from '../../../contract/capa';
import { AmountText } from '../../components/amount-text';
import { CopyButton } from '../../components/copy-button';
import { DateTime } from '../../components/date-time';
import { formatLocalDateTime, formatUtcDateTime, shortId } from '../../lib/format';
import { StatusBadge } from '../../components/status-badge';
import { paths } from '../../lib/paths';
import { formatAge } from '../../lib/relative-time';
import { chainName, typeLabel } from './transaction-labels';

export interface TransactionTableMeta {
  /** Ticks slowly (the page's clock), so relative ages move without a timer per cell. */
  now: number;
  /** The table's query string, carried into each transaction's link so closing it restores the view. */
  search: string;
  /** Only the focused row's controls are in the tab order (roving focus). */
  activeRowId: string | null;
  filterByUser: (userId: string) => void;
}

export interface TransactionColumnMeta {
  /** Name in the column menu. */
  label: string;
  align?: 'end';
  /** Extra classes for the header and body cells of this column. */
  className?: string;
  /** Extra classes for the body cells only (text colour, figures). */
  cellClassName?: string;
}

/** Server-side sorting and paging (manual modes): the table only keeps state and renders. */
export const transactionTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  tableMeta: metaHelper<TransactionTableMeta>(),
  columnMeta: metaHelper<TransactionColumnMeta>(),
});

const helper = createColumnHelper<typeof transactionTableFeatures, Transaction>();
const tabIndexFor = (meta: TransactionTableMeta | undefined, id: string) =>
  meta?.activeRowId === id ? 0 : -1;
const dash = <span className="text-slate-400">—</span>;

/** The local date over its time and age ("14:03 · 2 h ago"); UTC on hover, for quoting to Capa. */
function Created({ iso, now }: { iso: string; now: number | undefined }) {
  const [date, time] = formatLocalDateTime(iso).split(' ');
  const age = formatAge(Date.parse(iso), now ?? Date.parse(iso));
  return (
    <time dateTime={iso} title={formatUtcDateTime(iso)} className="block tabular-nums">
      <span className="block text-slate-800">{date}</span>
      <span className="block text-xs text-slate-500">
        {time}
        {age ? ` · ${age}` : ''}
      </span>
    </time>
  );
}

export const transactionColumns = helper.columns([
  helper.accessor('createdAt', {
    header: 'Created',
    // Newest first is what agents look for; the header toggles to oldest first and back.
    sortDescFirst: true,
    meta: { label: 'Created' },
    cell: ({ getValue, table }) => <Created iso={getValue()} now={table.options.meta?.now} />,
  }),
  helper.accessor('id', {
    header: 'Transaction',
    enableSorting: false,
    enableHiding: false,
    meta: { label: 'Transaction id' },
    cell: ({ getValue, row, table }) => {
      const id = getValue();
      const meta = table.options.meta;
      // With the Type column hidden (narrow window or by choice), the type reads under the id.
      const typeFolded = table.getColumn('type')?.getIsVisible() === false;
      return (
        <>
          <span className="inline-flex items-center gap-1">
            <Link
              to={{ pathname: paths.transaction(id), search: meta?.search ?? '' }}
              tabIndex={-1}
              title={id}
              aria-label={`Transaction ${id}`}
              className="rounded font-mono text-indigo-700 hover:text-indigo-500 hover:underline"
            >
              {shortId(id)}
            </Link>
            <CopyButton value={id} label="Copy transaction id" tabIndex={tabIndexFor(meta, id)} />
          </span>
          {typeFolded ? (
            <span className="block text-xs text-slate-500">{typeLabel(row.original.type)}</span>
          ) : null}
        </>
      );
    },
  }),
  helper.accessor('userId', {
    header: 'User',
    enableSorting: false,
    meta: { label: 'User id' },
    cell: ({ getValue, row, table }) => {
      const userId = getValue();
      const meta = table.options.meta;
      return (
        <span className="inline-flex items-center gap-1">
          <button
            type="button"
            tabIndex={tabIndexFor(meta, row.id)}
            onClick={() => meta?.filterByUser(userId)}
            title={`Show only transactions of user ${userId}`}
            aria-label={`Show only transactions of user ${userId}`}
            className="rounded font-mono text-slate-700 underline decoration-slate-300 decoration-dotted underline-offset-4 hover:text-indigo-700 hover:decoration-indigo-400"
          >
            {shortId(userId)}
          </button>
          <CopyButton value={userId} label="Copy user id" tabIndex={tabIndexFor(meta, row.id)} />
        </span>
      );
    },
  }),
  helper.accessor('type', {
    header: 'Type',
    enableSorting: false,
    meta: { label: 'Type', cellClassName: 'text-slate-700' },
    cell: ({ getValue }) => typeLabel(getValue()),
  }),
  helper.accessor('status', {
    header: 'Status',
    enableSorting: false,
    meta: { label: 'Status' },
    cell: ({ getValue }) => <StatusBadge status={getValue()} />,
  }),
  helper.display({
    id: 'fiat',
    header: 'Fiat',
    meta: { label: 'Fiat amount', align: 'end' },
    cell: ({ row }) => <AmountText value={row.original.fiatAmount} unit={row.original.fiatCurrency} />,
  }),
  helper.display({
    id: 'crypto',
    header: 'Crypto',
    meta: { label: 'Crypto amount', align: 'end' },
    cell: ({ row }) => {
      const tx = row.original;
      return (
        // Below 1024 px the chain drops under the amount, to keep the column narrow.
        <span className="inline-flex flex-col items-end gap-0.5 lg:flex-row lg:items-center lg:gap-2">
          <AmountText value={tx.cryptoAmount} unit={tx.tokenSymbol} />
          {tx.blockchainSymbol ? (
            <span
              title={chainName(tx.blockchainSymbol)}
              className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600"
            >
              {tx.blockchainSymbol}
            </span>
          ) : null}
        </span>
      );
    },
  }),
  helper.display({
    id: 'exchangeRate',
    header: 'Rate',
    meta: { label: 'Exchange rate', align: 'end', cellClassName: 'text-slate-600' },
    cell: ({ row }) => <AmountText value={row.original.exchangeRate} />,
  }),
  helper.display({
    id: 'completedAt',
    header: 'Completed',
    meta: { label: 'Completed', cellClassName: 'text-slate-600 tabular-nums' },
    cell: ({ row }) => (row.original.completedAt ? <DateTime iso={row.original.completedAt} /> : dash),
  }),
]);
