import { clsx } from 'clsx';
import { useId, useState, type ReactNode } from 'react';
import type { z } from 'zod';

export const filterInputClass =
  'h-9 rounded-md border bg-white px-2.5 text-sm text-slate-900 shadow-xs hover:border-slate-400 focus:outline-2 focus:outline-offset-0';

export function FilterField({
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
export function TextFilter({
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
    <FilterField label={label} error={error}>
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
            filterInputClass,
            className,
            error ? 'border-red-400 focus:outline-red-500' : 'border-slate-300 focus:outline-indigo-600',
          )}
        />
      )}
    </FilterField>
  );
}
