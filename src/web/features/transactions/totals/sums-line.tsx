import { clsx } from 'clsx';
import type { ReactNode } from 'react';

export interface SumsLineProps {
  label: string;
  /** Sums by currency or token; undefined while they are being added up. */
  sums: Record<string, string> | undefined;
  format: (value: string, key: string) => string;
  /** All of them, on as many lines as they take; otherwise one line, the rest clipped. */
  expanded: boolean;
  /** At the line's end, outside what is clipped ("All sums"). */
  action?: ReactNode;
}

/**
 * One kind of sum (fiat or crypto) on one line of fixed height: the bar never grows when the
 * totals arrive, so the table under it stays where the agent is pointing.
 */
export function SumsLine({ label, sums, format, expanded, action }: SumsLineProps) {
  const keys = sums ? Object.keys(sums).sort() : [];
  return (
    <div className="flex min-w-0 items-start gap-3">
      <span className="w-12 shrink-0 text-xs leading-6 font-medium text-slate-500">{label}</span>
      {sums === undefined ? (
        <div aria-hidden="true" className="my-2 h-2 w-48 max-w-full rounded-full bg-slate-200" />
      ) : keys.length === 0 ? (
        <span className="leading-6 text-slate-500">—</span>
      ) : (
        <dl
          data-clip
          className={clsx('flex min-w-0 flex-wrap gap-x-4', !expanded && 'max-h-6 overflow-hidden')}
        >
          {keys.map((key) => (
            <div key={key} className="flex h-6 items-baseline gap-1.5 leading-6">
              <dt className="text-xs font-semibold text-slate-500">{key}</dt>
              <dd className="font-mono text-sm font-medium text-slate-900 tabular-nums">
                {format(sums![key]!, key)}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {action ? <div className="ml-auto shrink-0">{action}</div> : null}
    </div>
  );
}
