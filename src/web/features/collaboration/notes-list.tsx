import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MessageSquare } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { NOTE_MAX_LENGTH } from '../../../contract/collaboration-api';
import { DateTime } from '../../components/date-time';
import { ErrorPanel } from '../../components/error-panel';
import { useT } from '../../i18n/use-t';
import { ApiRequestError } from '../../lib/api-client';
import { addNote, afterCollaborationChange, collaborationQueries } from '../../lib/collaboration-queries';
import { useAgent } from '../../lib/use-agent';

/**
 * The agents' notes on a transaction, oldest first, and (for operators and admins) a box to add
 * one. A note is plain text: React renders it as text, never as HTML (docs/security.md W2).
 */
export function NotesList({ transactionId }: { transactionId: string }) {
  const t = useT();
  const { can } = useAgent();
  const queryClient = useQueryClient();
  const notes = useQuery(collaborationQueries.notes(transactionId));
  const [text, setText] = useState('');
  const inputId = useId();
  const save = useMutation({
    mutationFn: (value: string) => addNote(transactionId, value),
    onSuccess: () => setText(''),
    onSettled: () => afterCollaborationChange(queryClient),
  });
  const length = text.trim().length;
  const serverProblem =
    save.error instanceof ApiRequestError
      ? (save.error.fields?.text ?? save.error.message)
      : save.error
        ? t('collaboration.unreachable')
        : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (length > 0 && length <= NOTE_MAX_LENGTH) save.mutate(text);
  };

  let list;
  if (notes.isPending) list = <p className="text-sm text-slate-500">{t('collaboration.loadingNotes')}</p>;
  else if (notes.isError)
    list = (
      <ErrorPanel
        title={t('collaboration.notesFailed')}
        error={notes.error}
        onRetry={() => void notes.refetch()}
        retrying={notes.isFetching}
      />
    );
  else if (notes.data.items.length === 0)
    list = <p className="text-sm text-slate-500">{t('collaboration.noNotes')}</p>;
  else
    list = (
      <ol className="space-y-2" aria-label={t('collaboration.notes')}>
        {notes.data.items.map((note) => (
          <li key={note.id} className="rounded-md bg-slate-50 px-3 py-2">
            <p className="text-xs text-slate-500">
              <span className="font-medium text-slate-800" title={note.agentEmail}>
                {note.agentName}
              </span>{' '}
              · <DateTime iso={note.createdAt} />
            </p>
            <p className="mt-1 text-sm break-words whitespace-pre-wrap text-slate-900">{note.text}</p>
          </li>
        ))}
      </ol>
    );

  return (
    <div className="mt-4">
      <h4 className="flex items-center gap-1.5 text-sm font-semibold text-slate-800">
        <MessageSquare aria-hidden="true" className="size-4 text-slate-400" />
        {notes.data?.items.length
          ? t('collaboration.notesCount', { count: notes.data.items.length })
          : t('collaboration.notes')}
      </h4>
      <div className="mt-2">{list}</div>
      {can('operator') ? (
        <form onSubmit={submit} className="mt-3">
          <label htmlFor={inputId} className="text-xs font-medium text-slate-600">
            {t('collaboration.addLabel')}
          </label>
          <textarea
            id={inputId}
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={2}
            maxLength={NOTE_MAX_LENGTH + 50}
            aria-invalid={length > NOTE_MAX_LENGTH || serverProblem !== null}
            aria-describedby={`${inputId}-help`}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm shadow-sm focus:border-indigo-500 focus:ring-1 focus:ring-indigo-500 focus:outline-none"
          />
          <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
            <p
              id={`${inputId}-help`}
              className={
                length > NOTE_MAX_LENGTH || serverProblem ? 'text-xs text-red-700' : 'text-xs text-slate-500'
              }
            >
              {serverProblem
                ? t('collaboration.notSaved', { problem: serverProblem })
                : t('collaboration.length', { length, max: NOTE_MAX_LENGTH })}
            </p>
            <button
              type="submit"
              disabled={save.isPending || length === 0 || length > NOTE_MAX_LENGTH}
              className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:opacity-50"
            >
              {t('collaboration.addNote')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
