import { FIAT_CURRENCY_NAMES, type FiatCurrency } from '../../../../contract/enums';
import { statusLabel } from '../../../i18n/words';
import { describeWindow } from '../../../lib/date-window';
import { shortId } from '../../../lib/format';
import { activeFilters, windowOf, type FilterKey, type ListView } from '../list-view';
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
      return statusSetLabel(value);
    case 'type':
      return typeLabel(value);
    case 'currency':
      return value;
    default:
      return `${shortId(value)}…`;
  }
}

/** "Crypto received, Pending": a status filter (one status or several, comma-separated) in words. */
export function statusSetLabel(value: string | undefined): string {
  if (!value) return '';
  return value
    .split(',')
    .map((status) => statusLabel(status))
    .join(', ');
}

export function currencyLabel(code: FiatCurrency): string {
  return `${code} · ${FIAT_CURRENCY_NAMES[code]}`;
}

/** "Created 1 Nov – 30 Nov 2026": the window as its chip says it; '' without one. */
export function windowChipLabel(view: ListView): string {
  const words = describeWindow(windowOf(view));
  return words ? `Created ${words}` : '';
}

/**
 * "Status Pending, Type Off-ramp and Created 1 Nov – 30 Nov 2026": what hid everything, for the
 * empty state.
 */
export function describeFilters(view: ListView): string {
  const parts = activeFilters(view).map(
    ([key, value]) => `${FILTER_LABELS[key]} ${filterValueLabel(key, value)}`,
  );
  const windowText = windowChipLabel(view);
  if (windowText) parts.push(windowText);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
