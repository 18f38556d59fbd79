import { useId, useState, type ReactNode } from 'react';
import { clsx } from 'clsx';
import { AUDIT_OUTCOME_LABELS, AUDIT_OUTCOMES, type AuditOutcome } from '../../../contract/audit-api';
import type { z } from 'zod';
import { agentEmailSchema, transactionIdSchema, type AuditFilters } from './audit-view';

const inputClass =
  'h-9 rounded-md border bg-white px-2.5 text-sm text-slate-900 shadow-xs hover:border-slate-400 focus:outline-2 focus:outline-offset-0';

function Field({
  label,
  error,
  children,
}: {
  label: string;
  error?: string | null;
  children: (id: string, describedBy?: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      {children(id, error ? `${id}-error` : undefined)}
      {error ? (
        <p id={`${id}-error`} className="max-w-72 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A text filter applied on Enter or when the agent leaves it, checked first: a bad value says so. */
function TextFilter({
  label,
  value,
  schema,
  problem,
  placeholder,
  className,
  onCommit,
}: {
  label: string;
  value: string | undefined;
  schema: z.ZodType<string>;
  problem: string;
  placeholder: string;
  className: string;
  onCommit: (value: string | undefined) => void;
}) {
  const [draft, setDraft] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  // When the URL changes under the field (cleared, back button), show the new value.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
    setError(null);
  }
  const commit = () => {
    if (!draft.trim()) {
      setError(null);
      onCommit(undefined);
      return;
    }
    const parsed = schema.safeParse(draft);
    setError(parsed.success ? null : problem);
    if (parsed.success) onCommit(parsed.data);
  };
  return (
    <Field label={label} error={error}>
      {(id, describedBy) => (
        <input
          id={id}
          type="search"
          value={draft}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
          className={clsx(
            inputClass,
            className,
            error ? 'border-red-400 focus:outline-red-500' : 'border-slate-300 focus:outline-indigo-600',
          )}
        />
      )}
    </Field>
  );
}

export interface AuditFiltersBarProps {
  filters: AuditFilters;
  /** Admins filter by agent; operators only ever see their own attempts. */
  byAgent: boolean;
  onChange: (patch: Partial<AuditFilters>) => void;
}

export function AuditFiltersBar({ filters, byAgent, onChange }: AuditFiltersBarProps) {
  return (
    <div role="search" aria-label="Filter execute attempts" className="flex flex-wrap items-start gap-3">
      {byAgent ? (
        <TextFilter
          label="Agent"
          value={filters.agent}
          schema={agentEmailSchema}
          problem="Enter the agent’s full email address."
          placeholder="agent@example.com"
          className="w-60"
          onCommit={(agent) => onChange({ agent })}
        />
      ) : null}
      <Field label="Outcome">
        {(id) => (
          <select
            id={id}
            value={filters.outcome ?? ''}
            onChange={(e) => onChange({ outcome: (e.target.value || undefined) as AuditOutcome | undefined })}
            className={clsx(inputClass, 'w-40 border-slate-300 focus:outline-indigo-600')}
          >
            <option value="">Any outcome</option>
            {AUDIT_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {AUDIT_OUTCOME_LABELS[outcome]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextFilter
        label="Transaction id"
        value={filters.tx}
        schema={transactionIdSchema}
        problem="Not a valid id: ids are UUIDs such as 8374f327-38bd-4b0b-b8a7-2524599eb903."
        placeholder="8374f327-38bd-…"
        className="w-80 font-mono text-xs"
        onCommit={(tx) => onChange({ tx })}
      />
      <Field label="From (day)">
        {(id) => (
          <input
            id={id}
            type="date"
            value={filters.from ?? ''}
            max={filters.to}
            onChange={(e) => onChange({ from: e.target.value || undefined })}
            className={clsx(inputClass, 'border-slate-300 focus:outline-indigo-600')}
          />
        )}
      </Field>
      <Field label="To (day, included)">
        {(id) => (
          <input
            id={id}
            type="date"
            value={filters.to ?? ''}
            min={filters.from}
            onChange={(e) => onChange({ to: e.target.value || undefined })}
            className={clsx(inputClass, 'border-slate-300 focus:outline-indigo-600')}
          />
        )}
      </Field>
    </div>
  );
}
