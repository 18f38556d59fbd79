import { clsx } from 'clsx';
import { statusFacts, type StatusTone } from '../../contract/statuses';
import { useLocale } from '../i18n/use-t';
import { statusExplanation, statusLabel } from '../i18n/words';

/** Tone → colours. Each pair keeps at least 4.5:1 contrast; the label, never the colour, carries meaning. */
const TONE_CLASSES: Record<StatusTone, { badge: string; dot: string }> = {
  neutral: { badge: 'bg-slate-100 text-slate-700 ring-slate-300', dot: 'bg-slate-400' },
  info: { badge: 'bg-cyan-50 text-cyan-800 ring-cyan-200', dot: 'bg-cyan-500' },
  progress: { badge: 'bg-blue-50 text-blue-800 ring-blue-200', dot: 'bg-blue-500' },
  attention: { badge: 'bg-amber-50 text-amber-900 ring-amber-300', dot: 'bg-amber-500' },
  success: { badge: 'bg-emerald-50 text-emerald-800 ring-emerald-200', dot: 'bg-emerald-500' },
  danger: { badge: 'bg-red-50 text-red-800 ring-red-200', dot: 'bg-red-500' },
};

export function StatusBadge({ status, className }: { status: string; className?: string }) {
  // Re-rendered when the agent changes language: the words are read at render time.
  useLocale();
  const facts = statusFacts(status);
  const tone = TONE_CLASSES[facts.tone];
  return (
    <span
      title={statusExplanation(status)}
      data-tone={facts.tone}
      className={clsx(
        'inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        tone.badge,
        className,
      )}
    >
      <span aria-hidden="true" className={clsx('size-1.5 shrink-0 rounded-full', tone.dot)} />
      {statusLabel(status)}
    </span>
  );
}
