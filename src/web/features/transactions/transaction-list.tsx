import { Link } from 'react-router';
import type { Transaction } from '../../../contract/capa';
import { CHAINS, isChainSymbol } from '../../../contract/chains';
import { TYPE_LABELS, type TransactionType } from '../../../contract/enums';
import { AmountText } from '../../components/amount-text';
import { DateTime } from '../../components/date-time';
import { StatusBadge } from '../../components/status-badge';
import { shortId } from '../../lib/format';
import { paths } from '../../lib/paths';

export function typeLabel(type: string): string {
  return Object.hasOwn(TYPE_LABELS, type) ? TYPE_LABELS[type as TransactionType] : type;
}

export function chainName(symbol: string | null | undefined): string | undefined {
  if (!symbol) return undefined;
  return isChainSymbol(symbol) ? CHAINS[symbol].name : symbol;
}

const TH =
  'px-3 py-2.5 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase whitespace-nowrap';
const TD = 'px-3 py-2.5 whitespace-nowrap';

/** A plain, readable table of one page; the interactive table (issue 4) replaces it. */
export function TransactionList({ items }: { items: readonly Transaction[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full text-sm">
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={TH}>
              Created
            </th>
            <th scope="col" className={TH}>
              Transaction
            </th>
            <th scope="col" className={`${TH} hidden lg:table-cell`}>
              User
            </th>
            <th scope="col" className={TH}>
              Type
            </th>
            <th scope="col" className={TH}>
              Status
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Fiat
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Crypto
            </th>
            <th scope="col" className={`${TH} hidden text-right xl:table-cell`}>
              Rate
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((tx) => (
            <tr key={tx.id} className="hover:bg-slate-50">
              <td className={`${TD} text-slate-600 tabular-nums`}>
                <DateTime iso={tx.createdAt} />
              </td>
              <td className={TD}>
                <Link
                  to={paths.transaction(tx.id)}
                  title={tx.id}
                  aria-label={`Transaction ${tx.id}`}
                  className="rounded font-mono text-indigo-700 hover:text-indigo-500 hover:underline"
                >
                  {shortId(tx.id)}
                </Link>
              </td>
              <td className={`${TD} hidden font-mono text-slate-600 lg:table-cell`} title={tx.userId}>
                {shortId(tx.userId)}
              </td>
              <td className={`${TD} text-slate-700`}>{typeLabel(tx.type)}</td>
              <td className={TD}>
                <StatusBadge status={tx.status} />
              </td>
              <td className={`${TD} text-right`}>
                <AmountText value={tx.fiatAmount} unit={tx.fiatCurrency} />
              </td>
              <td className={`${TD} text-right`}>
                <AmountText value={tx.cryptoAmount} unit={tx.tokenSymbol} />
                {tx.blockchainSymbol ? (
                  <span
                    title={chainName(tx.blockchainSymbol)}
                    className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600"
                  >
                    {tx.blockchainSymbol}
                  </span>
                ) : null}
              </td>
              <td className={`${TD} hidden text-right text-slate-600 xl:table-cell`}>
                <AmountText value={tx.exchangeRate} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
