/** The table's richer cells: times with age, ids with copy, the user filter, crypto with its chain. */
import { Link } from 'react-router';
import type { Transaction } from '../../../../contract/capa';
import { AmountText } from '../../../components/amount-text';
import { CopyButton } from '../../../components/copy-button';
import { StatusBadge } from '../../../components/status-badge';
import { useT } from '../../../i18n/use-t';
import { typeLabel } from '../../../i18n/words';
import { formatUtcDateTime, localDateTimeParts, shortId } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { formatAge } from '../../../lib/relative-time';
import { chainName } from '../transaction-labels';
import type { TransactionTableMeta } from './table-features';

/** Only the focused row's controls are in the tab order (roving focus over rows). */
const tabIndexFor = (meta: TransactionTableMeta | undefined, rowId: string) =>
  meta?.activeRowId === rowId ? 0 : -1;

/** The local date over its time and age ("14:03 · 2 h ago"); UTC on hover, for quoting to Capa. */
export function CreatedCell({ iso, now }: { iso: string; now: number | undefined }) {
  const { date, time } = localDateTimeParts(iso) ?? { date: iso, time: '' };
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

export function IdCell({
  tx,
  meta,
  statusFolded,
  typeFolded,
}: {
  tx: Transaction;
  meta: TransactionTableMeta | undefined;
  statusFolded: boolean;
  typeFolded: boolean;
}) {
  const t = useT();
  return (
    <>
      <span className="inline-flex items-center gap-1">
        {/* Out of the tab order: the row itself is the stop, and Enter on it opens the same page. */}
        <Link
          to={{ pathname: paths.transaction(tx.id), search: meta?.search ?? '' }}
          tabIndex={-1}
          title={tx.id}
          aria-label={t('transactions.cell.open', { id: tx.id })}
          className="rounded font-mono text-indigo-700 hover:text-indigo-500 hover:underline"
        >
          {shortId(tx.id)}
        </Link>
        <CopyButton value={tx.id} label={t('transactions.cell.copyId')} tabIndex={tabIndexFor(meta, tx.id)} />
      </span>
      {statusFolded ? (
        <span className="mt-0.5 block">
          <StatusBadge status={tx.status} />
        </span>
      ) : null}
      {typeFolded ? <span className="block text-xs text-slate-500">{typeLabel(tx.type)}</span> : null}
    </>
  );
}

export function UserCell({
  userId,
  rowId,
  meta,
}: {
  userId: string;
  rowId: string;
  meta: TransactionTableMeta | undefined;
}) {
  const t = useT();
  const label = t('transactions.cell.onlyUser', { id: userId });
  return (
    <span className="inline-flex items-center gap-1">
      <button
        type="button"
        tabIndex={tabIndexFor(meta, rowId)}
        onClick={() => meta?.filterByUser(userId)}
        title={label}
        aria-label={label}
        className="rounded font-mono text-slate-700 underline decoration-slate-300 decoration-dotted underline-offset-4 hover:text-indigo-700 hover:decoration-indigo-400"
      >
        {shortId(userId)}
      </button>
      <CopyButton
        value={userId}
        label={t('transactions.cell.copyUserId')}
        tabIndex={tabIndexFor(meta, rowId)}
      />
    </span>
  );
}

export function CryptoCell({ tx }: { tx: Transaction }) {
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
}
