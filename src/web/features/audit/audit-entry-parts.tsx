import { clsx } from 'clsx';
import { ExternalLink } from 'lucide-react';
import { AUDIT_OUTCOME_LABELS, type AuditOutcome, type TrailEntry } from '../../../contract/audit-api';
import { explorerTxUrl } from '../../../contract/chains';
import { CopyButton } from '../../components/copy-button';
import { formatUtcDateTime } from '../../lib/format';

const OUTCOME_CLASSES: Record<AuditOutcome, string> = {
  succeeded: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  failed: 'bg-red-50 text-red-800 ring-red-200',
  rejected: 'bg-slate-100 text-slate-700 ring-slate-300',
  unknown: 'bg-amber-50 text-amber-900 ring-amber-300',
  pending: 'bg-blue-50 text-blue-800 ring-blue-200',
};

export function OutcomeBadge({ outcome }: { outcome: AuditOutcome }) {
  return (
    <span
      className={clsx(
        'inline-flex rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset',
        OUTCOME_CLASSES[outcome],
      )}
    >
      {AUDIT_OUTCOME_LABELS[outcome]}
    </span>
  );
}

/** What Capa (or Rampdesk, for a refusal) answered, in one line: "HTTP 400 · CODE · message". */
export function answerText(entry: TrailEntry): string {
  if (entry.outcome === 'pending') return 'Waiting for Capa’s answer';
  const who = entry.upstreamStatus === null && entry.outcome === 'rejected' ? 'Refused by Rampdesk' : null;
  const parts = [
    who,
    entry.upstreamStatus !== null ? `HTTP ${entry.upstreamStatus}` : null,
    entry.upstreamCode,
    entry.upstreamMessage,
  ].filter(Boolean);
  if (parts.length) return parts.join(' · ');
  return entry.outcome === 'unknown'
    ? 'No answer from Capa'
    : entry.outcome === 'succeeded'
      ? 'Accepted'
      : '—';
}

/** How an unknown outcome was settled, when it was. */
export function resolutionText(entry: TrailEntry): string | null {
  if (!entry.resolvedAt) return null;
  return `Resolved ${formatUtcDateTime(entry.resolvedAt)}${entry.resolvedBy ? `: ${entry.resolvedBy}` : ''}`;
}

/** The hash the agent gave, shortened, with copy and (when the chain is known) its explorer page. */
export function HashText({ hash, chain }: { hash: string | null; chain?: string | null }) {
  if (!hash) return <span className="text-slate-400">No hash</span>;
  const url = chain ? explorerTxUrl(chain, hash) : null;
  const short = hash.length > 18 ? `${hash.slice(0, 10)}…${hash.slice(-6)}` : hash;
  return (
    <span className="inline-flex items-center gap-1">
      <span title={hash} className="font-mono text-xs">
        {short}
      </span>
      <CopyButton value={hash} label="Copy hash" />
      {url ? (
        <a
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          title="Open in the block explorer"
          className="inline-flex size-6 items-center justify-center rounded text-slate-400 hover:bg-slate-100 hover:text-slate-700"
        >
          <ExternalLink aria-hidden="true" className="size-3.5" />
          <span className="sr-only">Open the hash in the block explorer (new tab)</span>
        </a>
      ) : null}
    </span>
  );
}
