import { clsx } from 'clsx';
import type { ReactNode } from 'react';
import { CopyButton } from './copy-button';

/**
 * An id, address or hash: monospace, cut with an ellipsis when it does not fit, the whole value
 * in the title and on the copy button (what is copied is never the cut text).
 */
export function MonoValue({
  value,
  copyLabel,
  children,
  className,
}: {
  value: string;
  /** Accessible name of the copy button: "Copy wallet address". */
  copyLabel: string;
  /** Shown after the copy button, e.g. an explorer link. */
  children?: ReactNode;
  className?: string;
}) {
  return (
    <span className={clsx('flex min-w-0 items-center gap-1', className)}>
      <span title={value} className="min-w-0 truncate font-mono text-[0.8125rem] text-slate-900">
        {value}
      </span>
      <CopyButton value={value} label={copyLabel} />
      {children}
    </span>
  );
}
