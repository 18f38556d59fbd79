import { useT } from '../i18n/use-t';

/** What a status means for the user and what comes next, under the drawer's status badge. */
export function StatusExplanation({ meaning, next }: { meaning: string; next: string }) {
  const t = useT();
  return (
    <>
      <p className="mt-2 text-sm text-slate-700">{meaning}</p>
      {next ? (
        <p className="mt-1 text-sm text-slate-600">
          <span className="font-medium text-slate-700">{t('drawer.nextStep')}</span>
          {next}
        </p>
      ) : null}
    </>
  );
}
