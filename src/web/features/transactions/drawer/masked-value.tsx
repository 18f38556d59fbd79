import { Eye, EyeOff } from 'lucide-react';
import { useState } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { useT } from '../../../i18n/use-t';

/** All but the last four characters hidden: enough to match what the user reads out, no more. */
export function mask(value: string): string {
  const visible = value.length > 6 ? value.slice(-4) : '';
  return `${'•'.repeat(Math.min(8, Math.max(4, value.length - visible.length)))}${visible}`;
}

/**
 * An account or document number, masked until the agent asks to see it (someone may be looking
 * over their shoulder). Copy always copies the whole value, revealed or not.
 */
export function MaskedValue({ value, name }: { value: string; name: string }) {
  const t = useT();
  const [revealed, setRevealed] = useState(false);
  const Icon = revealed ? EyeOff : Eye;
  return (
    <span className="flex min-w-0 items-center gap-1">
      <span
        className="min-w-0 truncate font-mono text-[0.8125rem] text-slate-900"
        title={revealed ? value : undefined}
        data-masked={!revealed}
      >
        {revealed ? value : mask(value)}
      </span>
      <button
        type="button"
        aria-pressed={revealed}
        aria-label={t('drawer.show', { name })}
        title={t(revealed ? 'drawer.hide' : 'drawer.show', { name })}
        onClick={() => setRevealed(!revealed)}
        className="inline-flex size-6 shrink-0 items-center justify-center rounded text-slate-400 hover:bg-slate-100 hover:text-slate-700"
      >
        <Icon aria-hidden="true" className="size-3.5" />
      </button>
      <CopyButton value={value} label={t('drawer.copy', { name })} />
    </span>
  );
}
