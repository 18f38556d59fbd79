import { formatLocalDateTime, formatUtcDateTime } from '../lib/format';

/**
 * Local time for reading, UTC on hover for quoting to Capa, machine time in dateTime. Date and
 * time never break inside, only between each other when the column is narrow.
 */
export function DateTime({ iso, className }: { iso: string; className?: string }) {
  const [date, time] = formatLocalDateTime(iso).split(' ');
  return (
    <time dateTime={iso} title={formatUtcDateTime(iso)} className={className}>
      <span className="whitespace-nowrap">{date}</span> <span className="whitespace-nowrap">{time}</span>
    </time>
  );
}
