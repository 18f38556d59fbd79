import { ArrowRight } from 'lucide-react';
import type { Amount, Transaction } from '../../../../contract/capa';
import { AmountText } from '../../../components/amount-text';
import { chainName } from '../transaction-labels';
import { DrawerSection, Field, Fields } from './drawer-section';
import { PremiumSpread } from './premium-spread';

const given = (value: Amount | null | undefined) => value !== null && value !== undefined && value !== '';

/** Source → target of a cross-ramp, the line an agent compares with what the user says. */
function CrossRamp({ tx }: { tx: Transaction }) {
  return (
    <p
      aria-label="Source to target"
      className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md bg-slate-50 px-3 py-2 text-base font-medium ring-1 ring-slate-200 ring-inset"
    >
      <AmountText value={tx.sourceAmount} unit={tx.sourceCurrency} />
      <ArrowRight aria-label="to" className="size-4 text-slate-400" />
      <AmountText value={tx.targetAmount} unit={tx.targetCurrency} />
    </p>
  );
}

/** Amounts and rates exactly as Capa sent them (strings stay strings: no float round trip). */
export function AmountsSection({ tx }: { tx: Transaction }) {
  const cross =
    given(tx.sourceAmount) || given(tx.targetAmount) || Boolean(tx.sourceCurrency || tx.targetCurrency);
  const rateUnit = tx.fiatCurrency && tx.tokenSymbol ? `${tx.fiatCurrency} per ${tx.tokenSymbol}` : null;
  return (
    <DrawerSection title="Amounts">
      {cross ? <CrossRamp tx={tx} /> : null}
      <Fields>
        <Field label="Fiat">
          <AmountText value={tx.fiatAmount} unit={tx.fiatCurrency} className="text-base font-medium" />
        </Field>
        <Field label="Crypto">
          <AmountText value={tx.cryptoAmount} unit={tx.tokenSymbol} className="text-base font-medium" />
          {tx.blockchainSymbol ? (
            <span className="block text-xs text-slate-500">
              on {chainName(tx.blockchainSymbol)} ({tx.blockchainSymbol})
            </span>
          ) : null}
        </Field>
        <Field label="Exchange rate">
          <AmountText value={tx.exchangeRate} />
          {rateUnit && given(tx.exchangeRate) ? (
            <span className="block text-xs text-slate-500">{rateUnit}</span>
          ) : null}
        </Field>
        <Field label="Premium spread">
          <PremiumSpread tx={tx} />
        </Field>
        {given(tx.crossFiatAmount) || tx.crossFiatCurrency ? (
          <Field label="Cross fiat">
            <AmountText value={tx.crossFiatAmount} unit={tx.crossFiatCurrency} />
          </Field>
        ) : null}
      </Fields>
    </DrawerSection>
  );
}
