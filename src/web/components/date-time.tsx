import { useLocale } from '../i18n/use-t';
import { formatUtcDateTime, localDateTimeParts } from '../lib/format';

/**
 * Local time for reading in the agent's locale ("12/02/2026 09:00 AM", "02/12/2026 09:00"), UTC
 * on hover for quoting to Capa, machine time in dateTime. Date and time never break inside, only
 * between each other when the column is narrow. Re-rendered when the agent switches language.
 */
export function DateTime({ iso, className }: { iso: string; className?: string }) {
  const locale = useLocale();
  const parts = localDateTimeParts(iso, { locale });
  return (
    <time dateTime={iso} title={formatUtcDateTime(iso)} className={className}>
      {parts ? (
        <>
          <span className="whitespace-nowrap">{parts.date}</span>{' '}
          <span className="whitespace-nowrap">{parts.time}</span>
        </>
      ) : (
        iso
      )}
    </time>
  );
}
