import { ChevronRight } from 'lucide-react';
import { useId, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { filterLabel } from './filter-labels';
import { IdFilter } from './id-filter';

/**
 * Filters an agent of one partner rarely needs, out of the way but one click off: today the
 * partner id, which Capa's list takes but which only ever matches our own partner account. Open
 * by itself when such a filter is in force (a shared link), so nothing filters unseen.
 */
export function MoreFilters({
  partner,
  onPartnerChange,
}: {
  partner: string | undefined;
  onPartnerChange: (partner: string | undefined) => void;
}) {
  const [open, setOpen] = useState(Boolean(partner));
  const hintId = useId();
  const t = useT();
  return (
    <details
      open={open || Boolean(partner)}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="group w-full"
    >
      <summary className="inline-flex cursor-pointer items-center gap-1 rounded text-xs font-medium text-slate-600 select-none hover:text-slate-900">
        <ChevronRight aria-hidden="true" className="size-3.5 transition-transform group-open:rotate-90" />
        {t('transactions.filter.more')}
      </summary>
      <div className="mt-2 flex flex-wrap items-start gap-x-4 gap-y-1">
        <IdFilter
          label={filterLabel('partner')}
          value={partner}
          onCommit={onPartnerChange}
          placeholder={t('transactions.filter.partnerPlaceholder')}
          describedBy={hintId}
          className="min-w-56 flex-1 basis-64 lg:max-w-80"
        />
        <p id={hintId} className="max-w-md text-xs text-slate-600 sm:pt-5">
          {t('transactions.filter.partnerHint')}
        </p>
      </div>
    </details>
  );
}
