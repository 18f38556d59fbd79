import { clsx } from 'clsx';
import { AUDIT_OUTCOMES, type AuditOutcome } from '../../../contract/audit-api';
import { useT } from '../../i18n/use-t';
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
  const t = useT();
  return (
    <div role="search" aria-label={t('audit.filters.label')} className="flex flex-wrap items-start gap-3">
      {byAgent ? (
        <TextFilter
          label={t('audit.filters.agent')}
          value={filters.agent}
          schema={agentEmailSchema}
          problem={t('audit.filters.agentProblem')}
          placeholder={t('audit.filters.agentPlaceholder')}
          className="w-60"
          onCommit={(agent) => onChange({ agent })}
        />
      ) : null}
      <FilterField label={t('audit.filters.outcome')}>
        {(id) => (
          <select
            id={id}
            value={filters.outcome ?? ''}
            onChange={(e) => onChange({ outcome: (e.target.value || undefined) as AuditOutcome | undefined })}
            className={clsx(filterInputClass, 'w-auto min-w-40 border-slate-300 focus:outline-indigo-600')}
          >
            <option value="">{t('audit.filters.anyOutcome')}</option>
            {AUDIT_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {outcomeLabel(outcome)}
              </option>
            ))}
          </select>
        )}
      </FilterField>
      <TextFilter
        label={t('audit.filters.transactionId')}
        value={filters.tx}
        schema={transactionIdSchema}
        problem={t('audit.filters.transactionIdProblem')}
        placeholder="8374f327-38bd-…"
        className="w-80 font-mono text-xs"
        onCommit={(tx) => onChange({ tx })}
      />
      <FilterField label={t('audit.filters.from')}>
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
      <FilterField label={t('audit.filters.to')}>
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
