import type { ExportAuditEntry } from '../../../contract/reconciliation-api';
import { translate, type MessageKey } from '../../i18n/i18n';
import { statusLabel, typeLabel } from '../../i18n/words';
import { describeWindow } from '../../lib/date-window';
import { shortId } from '../../lib/format';

/** Keys, not words: translated when shown, in the language active then. */
export const EXPORT_OUTCOME_KEYS: Record<ExportAuditEntry['outcome'], MessageKey> = {
  completed: 'audit.exportOutcome.completed',
  failed: 'audit.exportOutcome.failed',
  cancelled: 'audit.exportOutcome.cancelled',
  running: 'audit.exportOutcome.running',
};

/** "Status Completed · Type Off-ramp · Currency MXN", or "No filters": what the file was cut to. */
export function exportFiltersText({ filters }: ExportAuditEntry): string {
  const parts = [
    filters.status ? translate('audit.exports.filterStatus', { status: statusLabel(filters.status) }) : null,
    filters.type ? translate('audit.exports.filterType', { type: typeLabel(filters.type) }) : null,
    filters.fiatCurrency
      ? translate('audit.exports.filterCurrency', { currency: filters.fiatCurrency })
      : null,
    filters.userId ? translate('audit.exports.filterUser', { id: shortId(filters.userId) }) : null,
    filters.partnerId ? translate('audit.exports.filterPartner', { id: shortId(filters.partnerId) }) : null,
    filters.id ? translate('audit.exports.filterTransaction', { id: shortId(filters.id) }) : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : translate('audit.exports.noFilters');
}

/** "1 Nov – 30 Nov 2026" in the reader's time zone, or "All dates". */
export function exportWindowText({ from, to }: ExportAuditEntry): string {
  return (
    describeWindow({ from: from ?? undefined, to: to ?? undefined }) || translate('audit.exports.allDates')
  );
}
