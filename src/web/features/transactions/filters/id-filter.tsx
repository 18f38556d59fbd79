import { clsx } from 'clsx';
import { useId, useState, type ClipboardEvent, type Ref } from 'react';
import { useT } from '../../../i18n/use-t';
import { useDebouncedCallback } from '../../../lib/use-debounced-callback';
import { parseId } from '../list-view';

export const TEXT_FILTER_DEBOUNCE_MS = 300;

export interface IdFilterProps {
  label: string;
  /** The id the table is filtered by now (from the URL). */
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
  /**
   * A whole valid id pasted in, or typed and confirmed with Enter: open it instead of filtering
   * (transaction id only). Typing and pausing still filters the list to it.
   */
  onOpenId?: (id: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  placeholder?: string;
  /** Shows the `/` key that focuses this field. */
  shortcut?: string;
  /** Id of a hint beside the field, read with it (its error comes first when there is one). */
  describedBy?: string;
  /** The label is read by assistive tech but not shown (a search box with a placeholder). */
  hideLabel?: boolean;
  className?: string;
}

/**
 * A UUID filter that is typed or pasted: trimmed, checked before any request (a malformed id
 * says so here and asks the server nothing), and committed once the agent pauses typing.
 */
export function IdFilter({
  label,
  value,
  onCommit,
  onOpenId,
  inputRef,
  placeholder,
  shortcut,
  hideLabel = false,
  describedBy,
  className,
}: IdFilterProps) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const t = useT();
  // Whether the draft is not an id; the words are read at render, in the active language.
  const [error, setError] = useState(false);
  // When the URL changes under the field (a chip cleared, back button), show the new value.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
    setError(false);
  }

  const commit = (text: string) => {
    const trimmed = text.trim();
    if (!trimmed) {
      setError(false);
      onCommit(undefined);
      return;
    }
    const parsed = parseId(trimmed);
    if (!parsed) {
      setError(true);
      return;
    }
    setError(false);
    onCommit(parsed);
  };
  const debounced = useDebouncedCallback(commit, TEXT_FILTER_DEBOUNCE_MS);

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    if (!onOpenId) return;
    const parsed = parseId(event.clipboardData.getData('text'));
    if (!parsed) return;
    // The id opens; it does not also become a filter once the typing pause ends.
    event.preventDefault();
    debounced.cancel();
    onOpenId(parsed);
  };

  return (
    <div className={clsx('flex flex-col gap-1', className)}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'text-xs font-medium text-slate-600'}>
        {label}
      </label>
      <div className="relative">
        <input
          ref={inputRef}
          id={id}
          type="search"
          value={draft}
          spellCheck={false}
          autoComplete="off"
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [error ? `${id}-error` : null, describedBy].filter(Boolean).join(' ') || undefined
          }
          aria-keyshortcuts={shortcut}
          onChange={(event) => {
            setDraft(event.target.value);
            debounced(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            debounced.cancel();
            const whole = onOpenId ? parseId(event.currentTarget.value) : undefined;
            // Enter on a complete id means "show me this one", as a paste does.
            if (whole) {
              setError(false);
              onOpenId!(whole);
              return;
            }
            commit(event.currentTarget.value);
          }}
          onBlur={() => debounced.flush()}
          onPaste={onPaste}
          className={clsx(
            'h-9 w-full rounded-md border bg-white px-2.5 font-mono text-[13px] shadow-xs placeholder:font-sans placeholder:text-sm placeholder:text-slate-400',
            shortcut && 'pr-8',
            error ? 'border-red-500 text-red-900' : 'border-slate-300 hover:border-slate-400',
          )}
        />
        {shortcut && !draft ? (
          <kbd
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-slate-300 bg-slate-50 px-1.5 font-sans text-xs text-slate-500"
          >
            {shortcut}
          </kbd>
        ) : null}
      </div>
      {error ? (
        <p id={`${id}-error`} className="max-w-80 text-xs text-red-700">
          {t('transactions.filter.invalidId')}
        </p>
      ) : null}
    </div>
  );
}
