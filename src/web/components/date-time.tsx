import { formatLocalDateTime, formatUtcDateTime } from '../lib/format';

/** Local time for reading, UTC on hover for quoting to Capa, machine time in dateTime. */
export function DateTime({ iso, className }: { iso: string; className?: string }) {
  return (
    <time dateTime={iso} title={formatUtcDateTime(iso)} className={className}>
      {formatLocalDateTime(iso)}
    </time>
  );
}
