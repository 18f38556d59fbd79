import { CircleAlert, Download, Lock } from 'lucide-react';
import { useId, useState } from 'react';
import { formatCount } from '../../../lib/format';
import type { CsvExport } from './use-csv-export';

const buttonClass =
  'inline-flex h-8 items-center whitespace-nowrap gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-700 shadow-xs hover:bg-slate-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-60';

const VIEWER_REASON =
  'Exports are for operators and admins: the file holds users’ personal and bank details. Ask an admin if you need one.';

/** "Export CSV" in the toolbar; for viewers it stays visible but says why it does not export. */
export function ExportButton({ exporter, allowed }: { exporter: CsvExport; allowed: boolean }) {
  const reasonId = useId();
  const [explained, setExplained] = useState(false);
  const running = exporter.state.phase === 'running';
  if (!allowed) {
    return (
      <span className="relative inline-flex">
        <button
          type="button"
          aria-disabled="true"
          aria-describedby={reasonId}
          title={VIEWER_REASON}
          onClick={() => setExplained(true)}
          onBlur={() => setExplained(false)}
          className={buttonClass}
        >
          <Lock aria-hidden="true" className="size-4" />
          Export CSV
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
          {VIEWER_REASON}
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
      Export CSV
    </button>
  );
}

const panel = 'mb-3 flex flex-wrap items-center gap-3 rounded-lg border px-4 py-2.5 text-sm';
const smallButton =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-xs hover:bg-slate-50';

/** Progress of a running export (rows done of total, Cancel), or how the last one ended. */
export function ExportStatus({ exporter }: { exporter: CsvExport }) {
  const { state } = exporter;
  switch (state.phase) {
    case 'idle':
      return null;
    case 'running': {
      const done =
        state.total === null
          ? `${formatCount(state.rows)} rows`
          : `${formatCount(state.rows)} of ${formatCount(state.total)} rows`;
      return (
        <div className={`${panel} border-indigo-200 bg-indigo-50 text-indigo-950`}>
          <div
            role="progressbar"
            aria-label="Export progress"
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
            {state.total === null && state.rows === 0 ? 'Starting the export…' : `Exporting ${done}…`}
          </span>
          <button type="button" onClick={exporter.cancel} className={smallButton}>
            Cancel export
          </button>
        </div>
      );
    }
    case 'saved':
      return (
        <p role="status" className={`${panel} border-emerald-200 bg-emerald-50 text-emerald-900`}>
          Saved {state.filename}: {formatCount(state.rows)} {state.rows === 1 ? 'row' : 'rows'}.
          <button type="button" onClick={exporter.dismiss} className={smallButton}>
            Dismiss
          </button>
        </p>
      );
    case 'cancelled':
      return (
        <p role="status" className={`${panel} border-slate-200 bg-slate-50 text-slate-700`}>
          Export cancelled after {formatCount(state.rows)}
          {state.total === null ? '' : ` of ${formatCount(state.total)}`} rows. No file was saved.
          <button type="button" onClick={exporter.dismiss} className={smallButton}>
            Dismiss
          </button>
        </p>
      );
    case 'failed':
      return (
        <div role="alert" className={`${panel} border-red-200 bg-white text-red-900`}>
          <CircleAlert aria-hidden="true" className="size-4 shrink-0 text-red-600" />
          <span className="min-w-0 flex-1">{state.message}</span>
          <button type="button" onClick={() => void exporter.start()} className={smallButton}>
            Try again
          </button>
          <button type="button" onClick={exporter.dismiss} className={smallButton}>
            Dismiss
          </button>
        </div>
      );
  }
}
