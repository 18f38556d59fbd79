import { clsx } from 'clsx';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';

export interface ConfirmDialogProps {
  title: string;
  /** What will happen, in a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  /** Red confirm button for what takes something away (disable an agent). */
  destructive?: boolean;
  pending?: boolean;
  /** Why the last attempt failed, shown inside the dialog so the agent can retry or cancel. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question on the native <dialog>: showModal() gives the top layer, inert background,
 * focus moved in and Escape to cancel, so no focus trap is hand-written. Mount it to open it;
 * unmount it to close it. Cancel comes first so it takes the initial focus, the safe choice.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  destructive = false,
  pending = false,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      // Escape while the request is in flight would hide an answer the agent must see.
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      <form
        method="dialog"
        className="p-5"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <h2 id={titleId} className="text-base font-semibold">
          {title}
        </h2>
        <div id={bodyId} className="mt-2 text-sm text-slate-700">
          {children}
        </div>
        {error ? (
          <p role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        ) : null}
        <div className="mt-5 flex justify-end gap-2">
          <button
            type="button"
            onClick={onCancel}
            disabled={pending}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 disabled:opacity-60"
          >
            {t('drawer.cancel')}
          </button>
          <button
            type="submit"
            disabled={pending}
            className={clsx(
              'rounded-md px-3 py-1.5 text-sm font-medium text-white shadow-sm disabled:cursor-wait disabled:opacity-70',
              destructive ? 'bg-red-600 hover:bg-red-500' : 'bg-indigo-600 hover:bg-indigo-500',
            )}
          >
            {pending ? t('drawer.working') : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
