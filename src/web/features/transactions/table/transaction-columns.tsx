import { createColumnHelper } from '@tanstack/react-table';
import type { Transaction } from '../../../../contract/capa';
import { AmountText } from '../../../components/amount-text';
import { DateTime } from '../../../components/date-time';
import { RateText } from '../../../components/rate-text';
import { StatusBadge } from '../../../components/status-badge';
import { typeLabel } from '../transaction-labels';
import type { transactionTableFeatures } from './table-features';
import { CreatedCell, CryptoCell, IdCell, UserCell } from './transaction-cells';
import { WorkCell } from './work-cell';

const helper = createColumnHelper<typeof transactionTableFeatures, Transaction>();

export const transactionColumns = helper.columns([
  helper.accessor('createdAt', {
    // The zone once, for this column and Completed; each time's UTC is its hover text.
    header: ({ table }) => (
      <>
        Created <span className="font-medium normal-case">({table.options.meta?.timeZone})</span>
      </>
    ),
    // Newest first is what agents look for; the header toggles to oldest first and back.
    sortDescFirst: true,
    meta: { label: 'Created' },
    cell: ({ getValue, table }) => <CreatedCell iso={getValue()} now={table.options.meta?.now} />,
  }),
  helper.accessor('id', {
    header: 'Transaction',
    enableSorting: false,
    enableHiding: false,
    meta: { label: 'Transaction id', sticky: true },
    // With the Status or Type column hidden (narrow window or by choice), they read under the id.
    cell: ({ row, table }) => (
      <IdCell
        tx={row.original}
        meta={table.options.meta}
        statusFolded={table.getColumn('status')?.getIsVisible() === false}
        typeFolded={table.getColumn('type')?.getIsVisible() === false}
      />
    ),
  }),
  helper.accessor('userId', {
    header: 'User',
    enableSorting: false,
    meta: { label: 'User id' },
    cell: ({ getValue, row, table }) => (
      <UserCell userId={getValue()} rowId={row.id} meta={table.options.meta} />
    ),
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
    id: 'work',
    header: 'On it',
    meta: { label: 'Stuck and who is on it' },
    cell: ({ row, table }) => (
      <WorkCell
        annotation={table.options.meta?.annotations?.[row.original.id]}
        agentId={table.options.meta?.agentId}
      />
    ),
  }),
  helper.display({
    id: 'fiat',
    header: 'Fiat',
    meta: { label: 'Fiat amount', align: 'end' },
    cell: ({ row }) => <AmountText value={row.original.fiatAmount} unit={row.original.fiatCurrency} fiat />,
  }),
  helper.display({
    id: 'crypto',
    header: 'Crypto',
    meta: { label: 'Crypto amount', align: 'end' },
    cell: ({ row }) => <CryptoCell tx={row.original} />,
  }),
  helper.display({
    id: 'exchangeRate',
    header: 'Rate',
    meta: { label: 'Exchange rate', align: 'end', cellClassName: 'text-slate-600' },
    cell: ({ row }) => (
      <RateText
        value={row.original.exchangeRate}
        fiat={row.original.fiatCurrency}
        token={row.original.tokenSymbol}
      />
    ),
  }),
  helper.display({
    id: 'completedAt',
    header: 'Completed',
    meta: { label: 'Completed', cellClassName: 'text-slate-600 tabular-nums' },
    cell: ({ row }) =>
      row.original.completedAt ? (
        <DateTime iso={row.original.completedAt} />
      ) : (
        <span className="text-slate-400">—</span>
      ),
  }),
]);
