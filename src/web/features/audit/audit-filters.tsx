import { clsx } from 'clsx';
import { AUDIT_OUTCOMES, type AuditOutcome } from '../../../contract/audit-api';
import { outcomeLabel } from '../../i18n/words';
import { FilterField, filterInputClass, TextFilter } from './audit-text-filter';
import { agentEmailSchema, transactionIdSchema, type AuditFilters } from './audit-view';

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
      <FilterField label="Outcome">
        {(id) => (
          <select
            id={id}
            value={filters.outcome ?? ''}
            onChange={(e) => onChange({ outcome: (e.target.value || undefined) as AuditOutcome | undefined })}
            className={clsx(filterInputClass, 'w-40 border-slate-300 focus:outline-indigo-600')}
          >
            <option value="">Any outcome</option>
            {AUDIT_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {outcomeLabel(outcome)}
              </option>
            ))}
          </select>
        )}
      </FilterField>
      <TextFilter
        label="Transaction id"
        value={filters.tx}
        schema={transactionIdSchema}
        problem="Not a valid id: ids are UUIDs such as 8374f327-38bd-4b0b-b8a7-2524599eb903."
        placeholder="8374f327-38bd-…"
        className="w-80 font-mono text-xs"
        onCommit={(tx) => onChange({ tx })}
      />
      <FilterField label="From (day)">
        {(id) => (
          <input
            id={id}
            type="date"
            value={filters.from ?? ''}
            max={filters.to}
            onChange={(e) => onChange({ from: e.target.value || undefined })}
            className={clsx(filterInputClass, 'border-slate-300 focus:outline-indigo-600')}
          />
        )}
      </FilterField>
      <FilterField label="To (day, included)">
        {(id) => (
          <input
            id={id}
            type="date"
            value={filters.to ?? ''}
            min={filters.from}
            onChange={(e) => onChange({ to: e.target.value || undefined })}
            className={clsx(filterInputClass, 'border-slate-300 focus:outline-indigo-600')}
          />
        )}
      </FilterField>
    </div>
  );
}
