import { ArrowRight } from 'lucide-react';
import type { Amount, Transaction } from '../../../../contract/capa';
import { AmountText } from '../../../components/amount-text';
import { CopyButton } from '../../../components/copy-button';
import { RateText } from '../../../components/rate-text';
import { useT } from '../../../i18n/use-t';
import { formatAmount } from '../../../lib/format';
import { chainName } from '../transaction-labels';
import { DrawerSection, Field, Fields } from './drawer-section';
import { PremiumSpread } from './premium-spread';

const given = (value: Amount | null | undefined): value is Amount =>
  value !== null && value !== undefined && value !== '';

/** Source → target of a cross-ramp, the line an agent compares with what the user says. */
function CrossRamp({ tx }: { tx: Transaction }) {
  const t = useT();
  return (
    <p
      aria-label={t('drawer.sourceToTarget')}
      className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md bg-slate-50 px-3 py-2 text-base font-medium ring-1 ring-slate-200 ring-inset"
    >
      <AmountText value={tx.sourceAmount} unit={tx.sourceCurrency} fiat />
      <ArrowRight aria-label={t('drawer.to')} className="size-4 text-slate-400" />
      <AmountText value={tx.targetAmount} unit={tx.targetCurrency} fiat />
    </p>
  );
}

/**
 * The exact rate Capa sent, to copy (e.g. to quote it to Capa); the field above shows it rounded.
 */
function ExactRate({ value }: { value: Amount }) {
  const t = useT();
  const exact = formatAmount(value);
  return (
    <span className="mt-0.5 flex items-center gap-1 text-xs text-slate-500">
      <span className="min-w-0 font-mono break-all">{t('drawer.exactRate', { rate: exact })}</span>
      <CopyButton value={exact} label={t('drawer.copyExactRate')} />
    </span>
  );
}

/** Amounts grouped for reading, from the exact strings Capa sent (no float round trip). */
export function AmountsSection({ tx }: { tx: Transaction }) {
  const t = useT();
  const cross =
    given(tx.sourceAmount) || given(tx.targetAmount) || Boolean(tx.sourceCurrency || tx.targetCurrency);
  return (
    <DrawerSection title={t('drawer.amounts')}>
      {cross ? <CrossRamp tx={tx} /> : null}
      <Fields>
        <Field label={t('drawer.fiat')}>
          <AmountText value={tx.fiatAmount} unit={tx.fiatCurrency} fiat className="text-base font-medium" />
        </Field>
        <Field label={t('drawer.crypto')}>
          <AmountText value={tx.cryptoAmount} unit={tx.tokenSymbol} className="text-base font-medium" />
          {tx.blockchainSymbol ? (
            <span className="block text-xs text-slate-500">
              {t('drawer.onChain', { chain: chainName(tx.blockchainSymbol), symbol: tx.blockchainSymbol })}
            </span>
          ) : null}
        </Field>
        <Field label={t('drawer.exchangeRate')}>
          <RateText value={tx.exchangeRate} fiat={tx.fiatCurrency} token={tx.tokenSymbol} />
          {given(tx.exchangeRate) ? <ExactRate value={tx.exchangeRate} /> : null}
        </Field>
        <Field label={t('drawer.premiumSpread')}>
          <PremiumSpread tx={tx} />
        </Field>
        {given(tx.crossFiatAmount) || tx.crossFiatCurrency ? (
          <Field label={t('drawer.crossFiat')}>
            <AmountText value={tx.crossFiatAmount} unit={tx.crossFiatCurrency} fiat />
          </Field>
        ) : null}
      </Fields>
    </DrawerSection>
  );
}
