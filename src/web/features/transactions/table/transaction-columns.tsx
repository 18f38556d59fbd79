import { createColumnHelper } from '@tanstack/react-table';
import type { Transaction } from '../../../../contract/capa';
import { AmountText } from '../../../components/amount-text';
import { DateTime } from '../../../components/date-time';
import { RateText } from '../../../components/rate-text';
import { StatusBadge } from '../../../components/status-badge';
import { translate } from '../../../i18n/i18n';
import { typeLabel } from '../../../i18n/words';
import type { transactionTableFeatures } from './table-features';
import { CreatedCell, CryptoCell, IdCell, UserCell } from './transaction-cells';
import { WorkCell } from './work-cell';

const helper = createColumnHelper<typeof transactionTableFeatures, Transaction>();

// Headers are functions and menu labels keys: words are read when the table renders, so the
// module-level column list never freezes one language.

export const transactionColumns = helper.columns([
  helper.accessor('createdAt', {
    // The zone once, for this column and Completed; each time's UTC is its hover text.
    header: ({ table }) => (
      <>
        {translate('transactions.column.created')}{' '}
        <span className="font-medium normal-case">({table.options.meta?.timeZone})</span>
      </>
    ),
    // Newest first is what agents look for; the header toggles to oldest first and back.
    sortDescFirst: true,
    meta: { label: 'transactions.column.created' },
    cell: ({ getValue, table }) => <CreatedCell iso={getValue()} now={table.options.meta?.now} />,
  }),
  helper.accessor('id', {
    header: () => translate('transactions.column.transaction'),
    enableSorting: false,
    enableHiding: false,
    meta: { label: 'transactions.column.transactionId', sticky: true },
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
    header: () => translate('transactions.column.user'),
    enableSorting: false,
    meta: { label: 'transactions.column.userId' },
    cell: ({ getValue, row, table }) => (
      <UserCell userId={getValue()} rowId={row.id} meta={table.options.meta} />
    ),
  }),
  helper.accessor('type', {
    header: () => translate('transactions.column.type'),
    enableSorting: false,
    meta: { label: 'transactions.column.type', cellClassName: 'text-slate-700' },
    cell: ({ getValue }) => typeLabel(getValue()),
  }),
  helper.accessor('status', {
    header: () => translate('transactions.column.status'),
    enableSorting: false,
    meta: { label: 'transactions.column.status' },
    cell: ({ getValue }) => <StatusBadge status={getValue()} />,
  }),
  helper.display({
    id: 'work',
    header: () => translate('transactions.column.work'),
    meta: { label: 'transactions.column.workLabel' },
    cell: ({ row, table }) => (
      <WorkCell
        annotation={table.options.meta?.annotations?.[row.original.id]}
        agentId={table.options.meta?.agentId}
      />
    ),
  }),
  helper.display({
    id: 'fiat',
    header: () => translate('transactions.column.fiat'),
    meta: { label: 'transactions.column.fiatLabel', align: 'end' },
    cell: ({ row }) => <AmountText value={row.original.fiatAmount} unit={row.original.fiatCurrency} fiat />,
  }),
  helper.display({
    id: 'crypto',
    header: () => translate('transactions.column.crypto'),
    meta: { label: 'transactions.column.cryptoLabel', align: 'end' },
    cell: ({ row }) => <CryptoCell tx={row.original} />,
  }),
  helper.display({
    id: 'exchangeRate',
    header: () => translate('transactions.column.rate'),
    meta: { label: 'transactions.column.rateLabel', align: 'end', cellClassName: 'text-slate-600' },
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
    header: () => translate('transactions.column.completed'),
    meta: { label: 'transactions.column.completed', cellClassName: 'text-slate-600 tabular-nums' },
    cell: ({ row }) =>
      row.original.completedAt ? (
        <DateTime iso={row.original.completedAt} />
      ) : (
        <span className="text-slate-400">—</span>
      ),
  }),
]);
