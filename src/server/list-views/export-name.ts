import type { Environment } from '../../contract/api';
import type { View } from './view';

const slug = (text: string) => text.toLowerCase().replaceAll('_', '-');

/** 2026-11-01 at midnight UTC, 2026-11-01T1530Z otherwise: readable, and safe in any file system. */
function day(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16).replace(':', '')}Z`;
}

/**
 * What the file holds, in its name: rampdesk-sandbox-completed-off-ramp-2026-11-01_2026-12-01.csv.
 * Ids are cut to their first eight characters; only [a-z0-9._-] appear, so the name needs no quoting.
 */
export function exportFileName(environment: Environment, view: View): string {
  const { filters, window } = view;
  const parts = ['rampdesk', environment];
  if (filters.status) parts.push(slug(filters.status));
  // Several statuses: rampdesk-sandbox-pending-or-failed-all.csv
  if (view.statuses) parts.push(view.statuses.map(slug).join('-or-'));
  if (filters.type) parts.push(slug(filters.type));
  if (filters.fiatCurrency) parts.push(slug(filters.fiatCurrency));
  if (filters.userId) parts.push(`user-${filters.userId.slice(0, 8).toLowerCase()}`);
  if (filters.partnerId) parts.push(`partner-${filters.partnerId.slice(0, 8).toLowerCase()}`);
  if (filters.id) parts.push(`transaction-${filters.id.slice(0, 8).toLowerCase()}`);
  const { fromMs, toMs } = window;
  if (fromMs !== undefined && toMs !== undefined) parts.push(`${day(fromMs)}_${day(toMs)}`);
  else if (fromMs !== undefined) parts.push(`from-${day(fromMs)}`);
  else if (toMs !== undefined) parts.push(`until-${day(toMs)}`);
  else parts.push('all');
  return `${parts.join('-')}.csv`;
}
