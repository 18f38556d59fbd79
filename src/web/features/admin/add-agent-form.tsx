import { UserPlus } from 'lucide-react';
import { useState } from 'react';
import { AGENT_ROLES, type AgentRole, type PublicAgent } from '../../../contract/auth';
import { useT } from '../../i18n/use-t';
import { roleLabel } from '../../i18n/words';
import { ApiRequestError } from '../../lib/api-client';
import { agentErrorMessage, fieldProblem } from './agent-problems';
import { useAddAgent } from './agent-queries';
import { errorProps, FormField, fieldClass } from './form-field';
import { OneTimePassword } from './one-time-password';

// Least privilege first: an admin raises a role on purpose, never by leaving the default.
const EMPTY = { email: '', displayName: '', role: 'viewer' as AgentRole };

export function AddAgentForm() {
  const t = useT();
  const addAgent = useAddAgent();
  const [values, setValues] = useState(EMPTY);
  const [added, setAdded] = useState<{ agent: PublicAgent; oneTimePassword: string } | null>(null);

  if (added) {
    return (
      <OneTimePassword
        agent={added.agent}
        password={added.oneTimePassword}
        reason="added"
        onDone={() => setAdded(null)}
      />
    );
  }

  const error = addAgent.error;
  const problems = error instanceof ApiRequestError ? (error.fields ?? {}) : {};
  const labels = {
    email: t('admin.field.email'),
    displayName: t('admin.field.displayName'),
    role: t('admin.field.role'),
  };
  const fields = Object.fromEntries(
    Object.entries(labels).flatMap(([name, label]) =>
      problems[name] ? [[name, fieldProblem(label, problems[name])]] : [],
    ),
  ) as Partial<Record<keyof typeof labels, string>>;
  return (
    <form
      aria-labelledby="add-agent-title"
      onSubmit={(event) => {
        event.preventDefault();
        addAgent.mutate(values, {
          onSuccess: (result) => {
            setValues(EMPTY);
            setAdded(result);
            // The password stays only in this screen's state, not in the mutation cache.
            addAgent.reset();
          },
        });
      }}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="add-agent-title" className="text-sm font-semibold text-slate-900">
        {t('admin.add.title')}
      </h2>
      <div className="mt-3 grid gap-3 md:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)_10rem_auto] md:items-start">
        <FormField id="new-agent-email" label={labels.email} error={fields.email}>
          <input
            id="new-agent-email"
            {...errorProps('new-agent-email', fields.email)}
            type="email"
            required
            autoComplete="off"
            spellCheck={false}
            value={values.email}
            onChange={(e) => setValues({ ...values, email: e.target.value })}
            className={fieldClass}
          />
        </FormField>
        <FormField id="new-agent-name" label={labels.displayName} error={fields.displayName}>
          <input
            id="new-agent-name"
            {...errorProps('new-agent-name', fields.displayName)}
            required
            autoComplete="off"
            value={values.displayName}
            onChange={(e) => setValues({ ...values, displayName: e.target.value })}
            className={fieldClass}
          />
        </FormField>
        <FormField id="new-agent-role" label={labels.role} error={fields.role}>
          <select
            id="new-agent-role"
            {...errorProps('new-agent-role', fields.role)}
            value={values.role}
            onChange={(e) => setValues({ ...values, role: e.target.value as AgentRole })}
            className={fieldClass}
          >
            {AGENT_ROLES.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role)}
              </option>
            ))}
          </select>
        </FormField>
        <button
          type="submit"
          disabled={addAgent.isPending}
          className="inline-flex items-center justify-center gap-1.5 rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-wait disabled:opacity-70 md:mt-6"
        >
          <UserPlus aria-hidden="true" className="size-4" />
          {t(addAgent.isPending ? 'admin.add.pending' : 'admin.add.submit')}
        </button>
      </div>
      {error ? (
        <p role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {agentErrorMessage(error, { email: addAgent.variables?.email.trim().toLowerCase() })}
        </p>
      ) : null}
    </form>
  );
}
