import { useT } from '../i18n/use-t';
import { executedStatusWords, statusExplanation, statusNextStep } from '../i18n/words';

/**
 * What a status means for the user and what comes next, under the drawer's status badge, in the
 * agent's language. `executed`: Rampdesk's audit log has this off-ramp's successful execute, so a
 * status an execute starts from reads "executed, Capa has not moved it yet" (contract/execute.ts).
 */
export function StatusExplanation({ status, executed = false }: { status: string; executed?: boolean }) {
  const t = useT();
  const words = (executed ? executedStatusWords(status) : null) ?? {
    meaning: statusExplanation(status),
    next: statusNextStep(status),
  };
  return (
    <>
      <p className="mt-2 text-sm text-slate-700">{words.meaning}</p>
      <p className="mt-1 text-sm text-slate-600">
        <span className="font-medium text-slate-700">{t('words.ui.next')}</span> {words.next}
      </p>
    </>
  );
}
