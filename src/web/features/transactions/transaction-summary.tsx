import type { ReactNode } from 'react';
import type { Transaction } from '../../../contract/capa';
import { AmountText } from '../../components/amount-text';
import { DateTime } from '../../components/date-time';
import { StatusBadge } from '../../components/status-badge';
import { statusFacts } from '../../../contract/statuses';
import { formatUtcDateTime } from '../../lib/format';
import { chainName, typeLabel } from './transaction-labels';

function Field({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'sm:col-span-2' : undefined}>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

function When({ iso }: { iso: string | null | undefined }) {
  if (!iso) return <span className="text-slate-400">—</span>;
  return (
    <span className="tabular-nums">
      <DateTime iso={iso} /> <span className="text-xs text-slate-500">({formatUtcDateTime(iso)})</span>
    </span>
  );
}

/** The basic facts of one transaction; the full drawer (bank accounts, invoice, actions) is issue 5. */
export function TransactionSummary({ tx }: { tx: Transaction }) {
  const facts = statusFacts(tx.status);
  return (
    <article className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="border-b border-slate-200 px-5 py-4">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-lg font-semibold tracking-tight text-slate-900">{typeLabel(tx.type)}</h1>
          <StatusBadge status={tx.status} />
        </div>
        <p className="mt-1 font-mono text-xs break-all text-slate-500 select-all">{tx.id}</p>
        <p className="mt-3 text-sm text-slate-700">{facts.meaning}</p>
      </header>
      <dl className="grid grid-cols-1 gap-x-8 gap-y-4 px-5 py-4 sm:grid-cols-2">
        <Field label="Created">
          <When iso={tx.createdAt} />
        </Field>
        <Field label="Completed">
          <When iso={tx.completedAt} />
        </Field>
        <Field label="Fiat amount">
          <AmountText value={tx.fiatAmount} unit={tx.fiatCurrency} />
        </Field>
        <Field label="Crypto amount">
          <AmountText value={tx.cryptoAmount} unit={tx.tokenSymbol} />
          {tx.blockchainSymbol ? (
            <span className="ml-2 text-slate-500">on {chainName(tx.blockchainSymbol)}</span>
          ) : null}
        </Field>
        <Field label="Exchange rate">
          <AmountText value={tx.exchangeRate} />
        </Field>
        <Field label="Premium spread">
          <AmountText value={tx.premiumSpread} />
        </Field>
        <Field label="User id">
          <span className="font-mono text-xs break-all select-all">{tx.userId}</span>
        </Field>
        <Field label="Destination wallet">
          {tx.destinationWalletAddress ? (
            <span className="font-mono text-xs break-all select-all">{tx.destinationWalletAddress}</span>
          ) : (
            <span className="text-slate-400">—</span>
          )}
        </Field>
        {tx.cancellationReason ? (
          <Field label="Cancellation reason" wide>
            {tx.cancellationReason}
          </Field>
        ) : null}
      </dl>
    </article>
  );
}
