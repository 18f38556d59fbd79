import { TYPE_LABELS, type TransactionType } from '../../../contract/enums';
import type { ExportAuditEntry } from '../../../contract/reconciliation-api';
import { statusFacts } from '../../../contract/statuses';
import { describeWindow } from '../../lib/date-window';
import { shortId } from '../../lib/format';

export const EXPORT_OUTCOME_LABELS: Record<ExportAuditEntry['outcome'], string> = {
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
  running: 'Running',
};

const typeLabel = (type: string) => TYPE_LABELS[type as TransactionType] ?? type;

/** "Status Completed · Type Off-ramp · Currency MXN", or "No filters": what the file was cut to. */
export function exportFiltersText({ filters }: ExportAuditEntry): string {
  const parts = [
    filters.status ? `Status ${statusFacts(filters.status).label}` : null,
    filters.type ? `Type ${typeLabel(filters.type)}` : null,
    filters.fiatCurrency ? `Currency ${filters.fiatCurrency}` : null,
    filters.userId ? `User id ${shortId(filters.userId)}…` : null,
    filters.partnerId ? `Partner id ${shortId(filters.partnerId)}…` : null,
    filters.id ? `Transaction id ${shortId(filters.id)}…` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'No filters';
}

/** "1 Nov – 30 Nov 2026" in the reader's time zone, or "All dates". */
export function exportWindowText({ from, to }: ExportAuditEntry): string {
  return describeWindow({ from: from ?? undefined, to: to ?? undefined }) || 'All dates';
}
