import { Trans } from '@lingui/react';
import { useQuery } from '@tanstack/react-query';
import { Clock, TriangleAlert } from 'lucide-react';
import { DateTime } from '../../components/date-time';
import { useT } from '../../i18n/use-t';
import { collaborationQueries } from '../../lib/collaboration-queries';
import { formatAge } from '../../lib/relative-time';
import { useNow } from '../../lib/use-now';
import { NotesList } from './notes-list';

/**
 * The drawer's team section: how long the transaction has been in its status as far as Rampdesk
 * knows (first seen, never a guess: Capa keeps no updatedAt), and the agents' notes.
 */
export function CollaborationSection({ transactionId, status }: { transactionId: string; status: string }) {
  const t = useT();
  const activity = useQuery(collaborationQueries.activity(transactionId));
  const now = useNow(30_000);
  const sighting = activity.data?.sightings.find((s) => s.status === status);
  const headingId = `team-${transactionId}`;
  return (
    <section aria-labelledby={headingId} className="border-t border-slate-200 px-5 py-4">
      <h3 id={headingId} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t('collaboration.team')}
      </h3>
      <p
        className="mt-2 flex flex-wrap items-center gap-x-1.5 text-sm text-slate-700"
        data-testid="status-since"
      >
        <Clock aria-hidden="true" className="size-4 text-slate-400" />
        {sighting ? (
          <>
            <Trans
              id="collaboration.inStatusSince"
              components={{ 0: <DateTime iso={sighting.firstSeenAt} /> }}
            />
            <span className="text-slate-500">
              {t('collaboration.firstSeen', { age: formatAge(Date.parse(sighting.firstSeenAt), now) })}
            </span>
            {sighting.stuck ? (
              <span className="inline-flex items-center gap-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
                <TriangleAlert aria-hidden="true" className="size-3.5" />
                {t('collaboration.stuck')}
              </span>
            ) : null}
          </>
        ) : activity.isPending ? (
          t('collaboration.checkingSince')
        ) : (
          <span className="text-slate-500">{t('collaboration.notRecorded')}</span>
        )}
      </p>
      <NotesList transactionId={transactionId} />
    </section>
  );
}
