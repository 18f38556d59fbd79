import { clsx } from 'clsx';
import { ExternalLink } from 'lucide-react';
import type { AuditOutcome, TrailEntry } from '../../../contract/audit-api';
import { explorerTxUrl } from '../../../contract/chains';
import { languageOf } from '../../../contract/locales';
import { CopyButton } from '../../components/copy-button';
import { DateTime } from '../../components/date-time';
import { MessageText } from '../../components/message-text';
import { useLocale, useT } from '../../i18n/use-t';
import { codeWords, outcomeLabel } from '../../i18n/words';

const OUTCOME_CLASSES: Record<AuditOutcome, string> = {
  succeeded: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  failed: 'bg-red-50 text-red-800 ring-red-200',
  rejected: 'bg-slate-100 text-slate-700 ring-slate-300',
  unknown: 'bg-amber-50 text-amber-900 ring-amber-300',
  pending: 'bg-blue-50 text-blue-800 ring-blue-200',
};

export function OutcomeBadge({ outcome }: { outcome: AuditOutcome }) {
  useT(); // re-render on a switch of language
  return (
    <span
      className={clsx(
        'inline-flex rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        OUTCOME_CLASSES[outcome],
      )}
    >
      {outcomeLabel(outcome)}
    </span>
  );
}

/**
 * The BFF records its words in English (docs/architecture.md "Languages": the audit is a record,
 * never rewritten). In another language an agent reads Rampdesk's own words for the outcome and
 * the code, and the recorded sentence is a hover and a copy away, with the code.
 */
function useRecordedText(text: string | null): { shown: string | null; raw: string | null } {
  const english = languageOf(useLocale()) === 'en';
  return english ? { shown: text, raw: null } : { shown: null, raw: text };
}

/**
 * What Capa (or Rampdesk, for a refusal) answered, in words: "Refused by Rampdesk · Already
 * executed · message". The HTTP status and the code stay a hover and a copy away (data-raw).
 */
export function AnswerText({ entry }: { entry: TrailEntry }) {
  const t = useT();
  const message = useRecordedText(entry.upstreamMessage);
  if (entry.outcome === 'pending') return <>{t('audit.answer.waiting')}</>;
  const who =
    entry.upstreamStatus === null && entry.outcome === 'rejected'
      ? t('audit.answer.refusedByRampdesk')
      : null;
  const head = [who, entry.upstreamCode ? codeWords(entry.upstreamCode) : null].filter(Boolean).join(' · ');
  const raw = [
    entry.upstreamStatus !== null ? `HTTP ${entry.upstreamStatus}` : null,
    entry.upstreamCode,
    message.raw,
  ].filter(Boolean);
  if (!head && !message.shown) {
    return (
      <>
        {entry.outcome === 'unknown'
          ? t('audit.answer.none')
          : entry.outcome === 'succeeded'
            ? t('audit.answer.accepted')
            : '—'}
        <RawCode raw={raw} />
      </>
    );
  }
  return (
    <>
      {head ? <span className="font-medium">{head}</span> : null}
      {head && message.shown ? ' · ' : null}
      {message.shown ? <MessageText text={message.shown} /> : null}
      <RawCode raw={raw} />
    </>
  );
}

/** The code and HTTP status as sent, for quoting to Capa: on hover and on a copy button. */
function RawCode({ raw }: { raw: (string | null)[] }) {
  const t = useT();
  if (!raw.length) return null;
  const text = raw.join(' · ');
  return (
    <span data-raw="" title={text} className="ml-1 inline-flex align-middle">
      <CopyButton value={text} label={t('audit.answer.copyCode')} />
    </span>
  );
}

/** How an unknown outcome was settled, when it was. */
export function Resolution({ entry }: { entry: TrailEntry }) {
  const how = useRecordedText(entry.resolvedBy);
  if (!entry.resolvedAt) return null;
  return (
    <>
      {how.raw ? (
        <span data-raw="" title={how.raw}>
          <DateTime iso={entry.resolvedAt} />
        </span>
      ) : (
        <DateTime iso={entry.resolvedAt} />
      )}
      {how.shown ? (
        <>
          : <MessageText text={how.shown} />
        </>
      ) : null}
    </>
  );
}

/** The hash the agent gave, shortened, with copy and (when the chain is known) its explorer page. */
export function HashText({ hash, chain }: { hash: string | null; chain?: string | null }) {
  const t = useT();
  if (!hash) return <span className="text-slate-400">{t('audit.hash.none')}</span>;
  const url = chain ? explorerTxUrl(chain, hash) : null;
  const short = hash.length > 18 ? `${hash.slice(0, 10)}…${hash.slice(-6)}` : hash;
  return (
    <span className="inline-flex items-center gap-1">
      <span title={hash} className="font-mono text-xs">
        {short}
      </span>
      <CopyButton value={hash} label={t('audit.hash.copy')} />
      {url ? (
        <a
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          title={t('audit.hash.explorer')}
          className="inline-flex size-6 items-center justify-center rounded text-slate-400 hover:bg-slate-100 hover:text-slate-700"
        >
          <ExternalLink aria-hidden="true" className="size-3.5" />
          <span className="sr-only">{t('audit.hash.explorerNewTab')}</span>
        </a>
      ) : null}
    </span>
  );
}
