import { clsx } from 'clsx';
import { Check, Copy } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t';

export interface CopyButtonProps {
  value: string;
  /** What is copied, for the accessible name: "Copy transaction id". */
  label: string;
  className?: string;
  tabIndex?: number;
}

type State = 'idle' | 'copied' | 'failed';

/**
 * Copies an id to the clipboard and says so in place (no toast), so it works inside a table
 * row and a screen reader hears the result from the live region.
 */
export function CopyButton({ value, label, className, tabIndex }: CopyButtonProps) {
  const t = useT();
  const [state, setState] = useState<State>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 1_500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = () => {
    // The clipboard is missing outside secure contexts and may be refused: say so, never throw.
    const write = navigator.clipboard?.writeText(value) ?? Promise.reject(new Error('no clipboard'));
    write.then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };

  const Icon = state === 'copied' ? Check : Copy;
  return (
    <button
      type="button"
      onClick={copy}
      tabIndex={tabIndex}
      aria-label={label}
      title={state === 'failed' ? t('drawer.copyFailedHint') : label}
      className={clsx(
        'inline-flex size-6 shrink-0 items-center justify-center rounded text-slate-400 hover:bg-slate-100 hover:text-slate-700',
        state === 'copied' && 'text-emerald-600 hover:text-emerald-600',
        className,
      )}
    >
      <Icon aria-hidden="true" className="size-3.5" />
      <span role="status" className="sr-only">
        {state === 'copied' ? t('drawer.copied') : state === 'failed' ? t('drawer.copyFailed') : ''}
      </span>
    </button>
  );
}
