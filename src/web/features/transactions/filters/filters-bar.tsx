import { useId, type ReactNode } from 'react';
import { FIAT_CURRENCIES, TRANSACTION_TYPES } from '../../../../contract/enums';
import { useT } from '../../../i18n/use-t';
import { typeLabel } from '../../../i18n/words';
import { windowOf, type ListFilters } from '../list-view';
import { currencyLabel, filterLabel } from './filter-labels';
import { IdFilter } from './id-filter';
import { MoreFilters } from './more-filters';
import { StatusFilter } from './status-filter';
import { StuckToggle } from './stuck-toggle';
import { WindowFilter } from './window-filter';

export interface FiltersBarProps {
  filters: ListFilters;
  onChange: (patch: Partial<ListFilters>) => void;
}

function SelectField({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

const selectClass =
  'h-9 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 shadow-xs hover:border-slate-400';

/**
 * Every filter Capa's list takes but the transaction id (the page's search box), and the date
 * window the BFF adds; each change applies at once, text and dates after a pause.
 */
export function FiltersBar({ filters, onChange }: FiltersBarProps) {
  const t = useT();
  return (
    <div
      role="search"
      aria-label={t('transactions.filter.region')}
      className="flex flex-wrap items-start gap-x-3 gap-y-3"
    >
      <StatusFilter value={filters.status} onChange={(status) => onChange({ status })} />
      {filters.status ? (
        <StuckToggle
          checked={Boolean(filters.stuck)}
          onChange={(on) => onChange({ stuck: on ? 'true' : undefined })}
        />
      ) : null}
      <SelectField label={filterLabel('type')}>
        {(id) => (
          <select
            id={id}
            value={filters.type ?? ''}
            onChange={(e) => onChange({ type: (e.target.value || undefined) as ListFilters['type'] })}
            className={`${selectClass} w-36`}
          >
            <option value="">{t('transactions.filter.anyType')}</option>
            {TRANSACTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
        )}
      </SelectField>
      <SelectField label={filterLabel('currency')}>
        {(id) => (
          <select
            id={id}
            value={filters.currency ?? ''}
            onChange={(e) => onChange({ currency: (e.target.value || undefined) as ListFilters['currency'] })}
            className={`${selectClass} w-48`}
          >
            <option value="">{t('transactions.filter.anyCurrency')}</option>
            {FIAT_CURRENCIES.map((code) => (
              <option key={code} value={code}>
                {currencyLabel(code)}
              </option>
            ))}
          </select>
        )}
      </SelectField>
      <IdFilter
        label={filterLabel('user')}
        value={filters.user}
        onCommit={(user) => onChange({ user })}
        placeholder={t('transactions.filter.userPlaceholder')}
        className="min-w-56 flex-1 basis-64 lg:max-w-80"
      />
      <WindowFilter value={windowOf(filters)} onChange={onChange} />
      <MoreFilters partner={filters.partner} onPartnerChange={(partner) => onChange({ partner })} />
    </div>
  );
}
