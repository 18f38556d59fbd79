import { useId, type ReactNode } from 'react';
import { FIAT_CURRENCIES, TRANSACTION_TYPES } from '../../../../contract/enums';
import { windowOf, type ListFilters } from '../list-view';
import { typeLabel } from '../transaction-labels';
import { currencyLabel, FILTER_LABELS } from './filter-labels';
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
  return (
    <div
      role="search"
      aria-label="Filter transactions"
      className="flex flex-wrap items-start gap-x-3 gap-y-3"
    >
      <StatusFilter value={filters.status} onChange={(status) => onChange({ status })} />
      {filters.status ? (
        <StuckToggle
          checked={Boolean(filters.stuck)}
          onChange={(on) => onChange({ stuck: on ? 'true' : undefined })}
        />
      ) : null}
      <SelectField label={FILTER_LABELS.type}>
        {(id) => (
          <select
            id={id}
            value={filters.type ?? ''}
            onChange={(e) => onChange({ type: (e.target.value || undefined) as ListFilters['type'] })}
            className={`${selectClass} w-36`}
          >
            <option value="">Any type</option>
            {TRANSACTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
        )}
      </SelectField>
      <SelectField label={FILTER_LABELS.currency}>
        {(id) => (
          <select
            id={id}
            value={filters.currency ?? ''}
            onChange={(e) => onChange({ currency: (e.target.value || undefined) as ListFilters['currency'] })}
            className={`${selectClass} w-48`}
          >
            <option value="">Any currency</option>
            {FIAT_CURRENCIES.map((code) => (
              <option key={code} value={code}>
                {currencyLabel(code)}
              </option>
            ))}
          </select>
        )}
      </SelectField>
      <IdFilter
        label={FILTER_LABELS.user}
        value={filters.user}
        onCommit={(user) => onChange({ user })}
        placeholder="User UUID"
        className="min-w-56 flex-1 basis-64 lg:max-w-80"
      />
      <WindowFilter value={windowOf(filters)} onChange={onChange} />
      <MoreFilters partner={filters.partner} onPartnerChange={(partner) => onChange({ partner })} />
    </div>
  );
}
