import { TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import type { BankAccount, Transaction } from '../../../contract/capa';
import { CHAINS, isChainSymbol } from '../../../contract/chains';
import { AmountText } from '../../components/amount-text';
import { CopyButton } from '../../components/copy-button';
import { RateText } from '../../components/rate-text';
import { translate } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { shortId } from '../../lib/format';

/** The last four characters only: enough to match it with the user, not enough to reuse it. */
export function maskIdentifier(value: string): string {
  const visible = value.replace(/\s+/g, '').slice(-4);
  return value.replace(/\s+/g, '').length > 4 ? `•••• ${visible}` : '••••';
}

/** The chain's name, in words at render time ("an unknown chain" in the active language). */
export function chainLabel(chain: string | null | undefined): string {
  if (!chain) return translate('execute.unknownChain');
  return isChainSymbol(chain) ? CHAINS[chain].name : chain;
}

/** "BBVA México •••• 4321": how the agent names the account to the user. */
export function bankAccountLabel(account: BankAccount | null | undefined): string | null {
  if (!account) return null;
  const identifier = account.accountIdentifier ?? account.iban;
  return [account.bankName, identifier ? maskIdentifier(identifier) : null].filter(Boolean).join(' ') || null;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[6.5rem_1fr] gap-3 py-2 sm:grid-cols-[9rem_1fr]">
      {/* A label longer than the phone's 6.5rem column breaks rather than running into its value. */}
      <dt className="wrap-break-word text-slate-500">{label}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </div>
  );
}

function BankAccountText({ account }: { account: BankAccount | null | undefined }) {
  const t = useT();
  const label = bankAccountLabel(account);
  if (!account || !label) {
    return <span className="font-medium text-red-700">{t('execute.noBankAccount')}</span>;
  }
  const type = account.accountType
    ? t('execute.accountType', { type: account.accountType, label: account.accountType.toLowerCase() })
    : null;
  return (
    <>
      <span className="font-medium tabular-nums">{label}</span>
      <span className="text-slate-500">
        {' '}
        · {account.country}
        {type ? ` · ${type}` : ''}
      </span>
      {account.isVerified === false ? (
        <span className="mt-1 flex items-center gap-1 text-amber-800">
          <TriangleAlert aria-hidden="true" className="size-3.5 shrink-0" />
          {t('execute.notVerified')}
        </span>
      ) : null}
    </>
  );
}

/** What the execute will do, in the order the agent checks it against the ticket. */
export function ExecuteSummary({ tx }: { tx: Transaction }) {
  const t = useT();
  return (
    <dl className="divide-y divide-slate-100 rounded-md border border-slate-200 px-3 text-sm">
      <Row label={t('execute.rowTransaction')}>
        {/* Short, as the table shows it; the whole id on hover and on copy (the confirm step types its end). */}
        <span className="inline-flex items-center gap-1">
          <span title={tx.id} className="font-mono text-xs">
            {shortId(tx.id)}…
          </span>
          <CopyButton value={tx.id} label={t('execute.copyTransactionId')} />
        </span>
      </Row>
      <Row label={t('execute.rowUser')}>
        <span className="font-mono text-xs break-all">{tx.userId}</span>
      </Row>
      <Row label={t('execute.rowCrypto')}>
        <AmountText value={tx.cryptoAmount} unit={tx.tokenSymbol} className="font-medium" />
        <span className="text-slate-500">
          {' '}
          {t('execute.onChain', { chain: chainLabel(tx.blockchainSymbol) })}
        </span>
      </Row>
      <Row label={t('execute.rowFiat')}>
        <AmountText value={tx.fiatAmount} unit={tx.fiatCurrency} className="font-medium" />
      </Row>
      <Row label={t('execute.rowRate')}>
        <RateText value={tx.exchangeRate} fiat={tx.fiatCurrency} token={tx.tokenSymbol} />
      </Row>
      <Row label={t('execute.rowBankAccount')}>
        <BankAccountText account={tx.bankAccount} />
      </Row>
      <Row label={t('execute.rowWallet')}>
        {tx.destinationWalletAddress ? (
          <span className="font-mono text-xs break-all">{tx.destinationWalletAddress}</span>
        ) : (
          <span className="text-slate-400">—</span>
        )}
      </Row>
    </dl>
  );
}
