import type { FiatCurrency } from '../../../../contract/enums';
import { translate, type MessageKey } from '../../../i18n/i18n';
import { currencyName, statusLabel, typeLabel } from '../../../i18n/words';
import { describeWindow } from '../../../lib/date-window';
import { shortId } from '../../../lib/format';
import { activeFilters, windowOf, type FilterKey, type ListView } from '../list-view';

/** Each filter's name as a message key, read in the active language where it is shown. */
const FILTER_LABEL_KEYS: Record<FilterKey, MessageKey> = {
  id: 'transactions.filter.id',
  status: 'transactions.filter.status',
  type: 'transactions.filter.type',
  currency: 'transactions.filter.currency',
  user: 'transactions.filter.user',
  partner: 'transactions.filter.partner',
};

/** "Transaction id", "Status"…: a filter's name in the active language. */
export function filterLabel(key: FilterKey): string {
  return translate(FILTER_LABEL_KEYS[key]);
}

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
  return `${code} · ${currencyName(code)}`;
}

/** "Created 1 Nov – 30 Nov 2026": the window as its chip says it; '' without one. */
export function windowChipLabel(view: ListView): string {
  const words = describeWindow(windowOf(view));
  return words ? translate('transactions.chips.window', { window: words }) : '';
}

/**
 * "Status Pending, Type Off-ramp and Created 1 Nov – 30 Nov 2026": what hid everything, for the
 * empty state.
 */
export function describeFilters(view: ListView): string {
  const parts = activeFilters(view).map(([key, value]) =>
    translate('transactions.filter.part', { label: filterLabel(key), value: filterValueLabel(key, value) }),
  );
  const windowText = windowChipLabel(view);
  if (windowText) parts.push(windowText);
  if (parts.length <= 1) return parts.join('');
  return translate('transactions.filter.list', { items: parts.slice(0, -1).join(', '), last: parts.at(-1) });
}
