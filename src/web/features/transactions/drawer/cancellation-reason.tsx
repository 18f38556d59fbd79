import { CircleSlash } from 'lucide-react';
import { CopyButton } from '../../../components/copy-button';
import { useT } from '../../../i18n/use-t';
import { reasonWords } from '../../../i18n/words';

/**
 * Why Capa cancelled it, in words, with the agent's next step (the `words` catalog, its English
 * that of contract/cancellation-reasons.ts); the reason exactly as Capa sent it stays on hover and
 * on the copy button, for quoting to Capa.
 */
export function CancellationReason({ reason }: { reason: string | null | undefined }) {
  const t = useT();
  const words = reason ? reasonWords(reason) : null;
  return (
    <div className="mt-3 flex items-start gap-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-200 ring-inset">
      <CircleSlash aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1">
        <p>
          <span className="font-medium">{t('words.ui.cancelled')}</span>{' '}
          {words ? words.summary : t('words.ui.noReason')}
        </p>
        {words ? (
          <p className="mt-1">
            <span className="font-medium">{t('words.ui.next')}</span> {words.next}
          </p>
        ) : null}
      </div>
      {reason ? (
        <span data-raw="" title={reason} className="-my-0.5 shrink-0">
          <CopyButton value={reason} label={t('words.ui.copyReason')} />
        </span>
      ) : null}
    </div>
  );
}
