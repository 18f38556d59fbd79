import { BadgeCheck, CircleHelp, CircleX, Landmark } from 'lucide-react';
import {
  accountTypeLabel,
  identifierIsIban,
  localAccountIdentifierName,
  localDocumentName,
} from '../../../../contract/bank-accounts';
import type { BankAccount } from '../../../../contract/capa';
import { useLocale, useT } from '../../../i18n/use-t';
import { Field, Fields } from './drawer-section';
import { MaskedValue } from './masked-value';

/** "Mexico (MX)" in English, "México (MX)" in Spanish: the region's name in the agent's language. */
function countryName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase());
    return name && name !== code.toUpperCase() ? `${name} (${code.toUpperCase()})` : code;
  } catch {
    return code;
  }
}

function Verified({ value }: { value: boolean | null | undefined }) {
  const t = useT();
  if (value === true)
    return (
      <span className="inline-flex items-center gap-1 text-xs font-medium text-emerald-800">
        <BadgeCheck aria-hidden="true" className="size-4" />
        {t('drawer.verified')}
      </span>
    );
  if (value === false)
    return (
      <span className="inline-flex items-center gap-1 text-xs font-medium text-amber-900">
        <CircleX aria-hidden="true" className="size-4" />
        {t('drawer.notVerified')}
      </span>
    );
  return (
    <span className="inline-flex items-center gap-1 text-xs text-slate-500">
      <CircleHelp aria-hidden="true" className="size-4" />
      {t('drawer.verificationUnknown')}
    </span>
  );
}

/** One bank account as a card: what Capa sent, nothing invented for what it left out. */
export function BankAccountCard({
  title,
  note,
  account,
}: {
  title: string;
  /** Under the title: another role the same account plays. */
  note?: string;
  account: BankAccount | null | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  if (!account) {
    return (
      <div
        role="group"
        aria-label={title}
        className="rounded-md border border-dashed border-slate-300 px-4 py-3"
      >
        <p className="text-xs font-medium text-slate-500">{title}</p>
        <p className="mt-1 text-sm text-slate-600">{t('drawer.noBankAccount')}</p>
      </div>
    );
  }
  const idName = localAccountIdentifierName(account.country) ?? t('drawer.accountNumber');
  const localDoc = localDocumentName(account.country);
  const docName = localDoc ? t('drawer.document', { name: localDoc }) : t('drawer.documentIdentifier');
  return (
    <div
      role="group"
      aria-label={title}
      className="rounded-md border border-slate-200 bg-white px-4 py-3 shadow-xs"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex min-w-0 items-start gap-2">
          <Landmark aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-400" />
          <div className="min-w-0">
            <p className="text-xs font-medium text-slate-500">{title}</p>
            <p className="text-sm font-semibold text-slate-900">
              {account.bankName || t('drawer.bankNotNamed')}
            </p>
            <p className="text-xs text-slate-600">{countryName(account.country, locale)}</p>
            {note ? <p className="text-xs text-slate-500">{note}</p> : null}
          </div>
        </div>
        <Verified value={account.isVerified} />
      </div>
      <Fields className="mt-3">
        {/* A euro account whose identifier is its IBAN: the IBAN field below says it once. */}
        {account.accountIdentifier && !identifierIsIban(account) ? (
          <Field label={idName}>
            <MaskedValue value={account.accountIdentifier} name={idName} />
          </Field>
        ) : null}
        {account.accountType ? (
          <Field label={t('drawer.accountType')}>
            {t('drawer.accountTypeValue', {
              type: account.accountType,
              label: accountTypeLabel(account.accountType),
            })}
          </Field>
        ) : null}
        {account.iban ? (
          <Field label="IBAN">
            <MaskedValue value={account.iban} name="IBAN" />
          </Field>
        ) : null}
        {account.bic ? (
          <Field label="BIC">
            <span className="font-mono text-[0.8125rem]">{account.bic}</span>
          </Field>
        ) : null}
        {account.routingNumber ? (
          <Field label={t('drawer.routingNumber')}>
            <span className="font-mono text-[0.8125rem]">{account.routingNumber}</span>
          </Field>
        ) : null}
        {account.documentIdentifier ? (
          <Field label={docName}>
            <MaskedValue value={account.documentIdentifier} name={localDoc ?? docName} />
          </Field>
        ) : null}
      </Fields>
    </div>
  );
}
