import { CircleAlert, Download, Lock } from 'lucide-react';
import { useId, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { formatCount } from '../../../lib/format';
import type { CsvExport, ExportFailure } from './use-csv-export';

const buttonClass =
  'inline-flex h-8 items-center whitespace-nowrap gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-700 shadow-xs hover:bg-slate-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-60';

type T = ReturnType<typeof useT>;

/** "1,200 rows" or "1,200 of 4,125 rows": how far an export got. */
function rowsDone(t: T, rows: number, total: number | null): string {
  return total === null
    ? t('transactions.export.rows', { count: rows, shown: formatCount(rows) })
    : t('transactions.export.rowsOf', { rows: formatCount(rows), count: total, shown: formatCount(total) });
}

function failureMessage(t: T, failure: ExportFailure): string {
  switch (failure.reason) {
    case 'unreachable':
      return t('transactions.export.unreachable');
    case 'refused':
      return t('transactions.export.refused', { reason: failure.detail });
    case 'broken':
    case 'short':
      return t(`transactions.export.${failure.reason}`, { done: rowsDone(t, failure.rows, failure.total) });
  }
}

/** "Export CSV" in the toolbar; for viewers it stays visible but says why it does not export. */
export function ExportButton({ exporter, allowed }: { exporter: CsvExport; allowed: boolean }) {
  const t = useT();
  const reasonId = useId();
  const viewerReason = t('transactions.export.viewerReason');
  const [explained, setExplained] = useState(false);
  const running = exporter.state.phase === 'running';
  if (!allowed) {
    return (
      <span className="relative inline-flex">
        <button
          type="button"
          aria-disabled="true"
          aria-describedby={reasonId}
          title={viewerReason}
          onClick={() => setExplained(true)}
          onBlur={() => setExplained(false)}
          className={buttonClass}
        >
          <Lock aria-hidden="true" className="size-4" />
          {t('transactions.export.button')}
        </button>
        {/* Pressed, the reason shows under the button; until then only assistive tech reads it. */}
        <span
          id={reasonId}
          className={
            explained
              ? 'absolute top-full right-0 z-10 mt-1 w-72 rounded-md border border-slate-200 bg-white p-2 text-xs text-slate-700 shadow-md'
              : 'sr-only'
          }
        >
          {viewerReason}
        </span>
      </span>
    );
  }
  return (
    <button
      type="button"
      aria-disabled={running}
      onClick={() => void exporter.start()}
      className={buttonClass}
    >
      <Download aria-hidden="true" className="size-4" />
      {t('transactions.export.button')}
    </button>
  );
}

const panel = 'mb-3 flex flex-wrap items-center gap-3 rounded-lg border px-4 py-2.5 text-sm';
const smallButton =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-xs hover:bg-slate-50';

/** Progress of a running export (rows done of total, Cancel), or how the last one ended. */
export function ExportStatus({ exporter }: { exporter: CsvExport }) {
  const t = useT();
  const { state } = exporter;
  switch (state.phase) {
    case 'idle':
      return null;
    case 'running': {
      const done = rowsDone(t, state.rows, state.total);
      return (
        <div className={`${panel} border-indigo-200 bg-indigo-50 text-indigo-950`}>
          <div
            role="progressbar"
            aria-label={t('transactions.export.progress')}
            aria-valuemin={0}
            aria-valuemax={state.total ?? undefined}
            aria-valuenow={state.total === null ? undefined : state.rows}
            aria-valuetext={done}
            className="h-1.5 w-40 overflow-hidden rounded-full bg-indigo-100"
          >
            <div
              className="h-full rounded-full bg-indigo-600 transition-[width]"
              style={{ width: state.total ? `${(100 * state.rows) / state.total}%` : '0%' }}
            />
          </div>
          <span className="tabular-nums">
            {/* Before the server's answer there is no count yet: say the export is on its way. */}
            {state.total === null && state.rows === 0
              ? t('transactions.export.starting')
              : t('transactions.export.running', { done })}
          </span>
          <button type="button" onClick={exporter.cancel} className={smallButton}>
            {t('transactions.export.cancel')}
          </button>
        </div>
      );
    }
    case 'saved':
      return (
        <p role="status" className={`${panel} border-emerald-200 bg-emerald-50 text-emerald-900`}>
          {t('transactions.export.saved', {
            filename: state.filename,
            count: state.rows,
            shown: formatCount(state.rows),
          })}
          <button type="button" onClick={exporter.dismiss} className={smallButton}>
            {t('transactions.export.dismiss')}
          </button>
        </p>
      );
    case 'cancelled':
      return (
        <p role="status" className={`${panel} border-slate-200 bg-slate-50 text-slate-700`}>
          {t('transactions.export.cancelled', { done: rowsDone(t, state.rows, state.total) })}
          <button type="button" onClick={exporter.dismiss} className={smallButton}>
            {t('transactions.export.dismiss')}
          </button>
        </p>
      );
    case 'failed':
      return (
        <div role="alert" className={`${panel} border-red-200 bg-white text-red-900`}>
          <CircleAlert aria-hidden="true" className="size-4 shrink-0 text-red-600" />
          <span className="min-w-0 flex-1">{failureMessage(t, state.failure)}</span>
          <button type="button" onClick={() => void exporter.start()} className={smallButton}>
            {t('transactions.export.tryAgain')}
          </button>
          <button type="button" onClick={exporter.dismiss} className={smallButton}>
            {t('transactions.export.dismiss')}
          </button>
        </div>
      );
  }
}
