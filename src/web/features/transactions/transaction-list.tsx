import type { ReactNode } from 'react';
import { clsx } from 'clsx';
import { Link } from 'react-router';
import type { Transaction } from '../../../contract/capa';
import { AmountText } from '../../components/amount-text';
import { DateTime } from '../../components/date-time';
import { StatusBadge } from '../../components/status-badge';
import { shortId } from '../../lib/format';
import { paths } from '../../lib/paths';
import { chainName, typeLabel } from './transaction-labels';

interface Column {
  header: string;
  /** Visibility and alignment, shared by header and cells so a column shows or hides as a whole. */
  className?: string;
  /** Text styling of the body cells only. */
  cellClassName?: string;
  cell: (tx: Transaction) => ReactNode;
}

// Below lg the user and type columns fold away (the type moves under the id) and the rate
// waits for xl, so the amounts stay in view at 768 px.
const COLUMNS: Column[] = [
  {
    header: 'Created',
    cellClassName: 'text-slate-600 tabular-nums',
    cell: (tx) => <DateTime iso={tx.createdAt} />,
  },
  {
    header: 'Transaction',
    cell: (tx) => (
      <>
        <Link
          to={paths.transaction(tx.id)}
          title={tx.id}
          aria-label={`Transaction ${tx.id}`}
          className="rounded font-mono text-indigo-700 hover:text-indigo-500 hover:underline"
        >
          {shortId(tx.id)}
        </Link>
        <span className="block text-xs text-slate-500 lg:hidden">{typeLabel(tx.type)}</span>
      </>
    ),
  },
  {
    header: 'User',
    className: 'hidden lg:table-cell',
    cellClassName: 'font-mono text-slate-600',
    cell: (tx) => <span title={tx.userId}>{shortId(tx.userId)}</span>,
  },
  {
    header: 'Type',
    className: 'hidden lg:table-cell',
    cellClassName: 'text-slate-700',
    cell: (tx) => typeLabel(tx.type),
  },
  { header: 'Status', cell: (tx) => <StatusBadge status={tx.status} /> },
  {
    header: 'Fiat',
    className: 'text-right',
    cell: (tx) => <AmountText value={tx.fiatAmount} unit={tx.fiatCurrency} />,
  },
  {
    header: 'Crypto',
    className: 'text-right',
    cell: (tx) => (
      <>
        <AmountText value={tx.cryptoAmount} unit={tx.tokenSymbol} />
        {tx.blockchainSymbol ? (
          <span
            title={chainName(tx.blockchainSymbol)}
            className="ml-2 inline-block rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600"
          >
            {tx.blockchainSymbol}
          </span>
        ) : null}
      </>
    ),
  },
  {
    header: 'Rate',
    className: 'hidden text-right xl:table-cell',
    cellClassName: 'text-slate-600',
    cell: (tx) => <AmountText value={tx.exchangeRate} />,
  },
];

/** A plain, readable table of one page; the interactive table (issue 4) replaces it. */
export function TransactionList({ items }: { items: readonly Transaction[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full text-sm">
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            {COLUMNS.map((col) => (
              <th
                key={col.header}
                scope="col"
                className={clsx(
                  'px-3 py-2.5 text-left text-xs font-semibold tracking-wide whitespace-nowrap text-slate-500 uppercase',
                  col.className,
                )}
              >
                {col.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((tx) => (
            <tr key={tx.id} className="hover:bg-slate-50">
              {COLUMNS.map((col) => (
                <td
                  key={col.header}
                  className={clsx('px-3 py-2.5 lg:whitespace-nowrap', col.className, col.cellClassName)}
                >
                  {col.cell(tx)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
