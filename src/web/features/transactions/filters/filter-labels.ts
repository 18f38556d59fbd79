import { FIAT_CURRENCY_NAMES, type FiatCurrency } from '../../../../contract/enums';
import { statusFacts } from '../../../../contract/statuses';
import { shortId } from '../../../lib/format';
import { activeFilters, type FilterKey, type ListView } from '../list-view';
import { typeLabel } from '../transaction-labels';

export const FILTER_LABELS: Record<FilterKey, string> = {
  id: 'Transaction id',
  status: 'Status',
  type: 'Type',
  currency: 'Currency',
  user: 'User id',
  partner: 'Partner id',
};

/** How a filter's value reads in a chip or a sentence; ids are shortened (the full id goes in a title). */
export function filterValueLabel(key: FilterKey, value: string): string {
  switch (key) {
    case 'status':
      return statusFacts(value).label;
    case 'type':
      return typeLabel(value);
    case 'currency':
      return value;
    default:
      return `${shortId(value)}…`;
  }
}

export function currencyLabel(code: FiatCurrency): string {
  return `${code} · ${FIAT_CURRENCY_NAMES[code]}`;
}

/** "Status Pending, Type Off-ramp and User id af6e3ab7…": what hid everything, for the empty state. */
export function describeFilters(view: ListView): string {
  const parts = activeFilters(view).map(
    ([key, value]) => `${FILTER_LABELS[key]} ${filterValueLabel(key, value)}`,
  );
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
