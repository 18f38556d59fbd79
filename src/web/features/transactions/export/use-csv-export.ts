import { useCallback, useEffect, useRef, useState } from 'react';
import { API_PATHS, CSRF_HEADER, CSRF_HEADER_VALUE } from '../../../../contract/api';
import { translate } from '../../../i18n/i18n';
import { apiUrl, errorFromFailedResponse } from '../../../lib/api-client';
import { forbiddenMessage } from '../../../lib/forbidden-message';
import { filenameFromDisposition, saveFile } from '../../../lib/save-file';
import type { TransactionFilterQuery } from '../../../lib/transaction-queries';
import { readCsvExport } from './read-csv-export';

export type CsvExportState =
  | { phase: 'idle' }
  | { phase: 'running'; rows: number; total: number | null }
  | { phase: 'saved'; rows: number; filename: string }
  | { phase: 'cancelled'; rows: number; total: number | null }
  | { phase: 'failed'; failure: ExportFailure };

/** Why an export ended without a file; the words are read when it is shown (export-control.tsx). */
export type ExportFailure =
  | { reason: 'unreachable' }
  /** The server refused to start: its own message, or what the agent's role does not allow. */
  | { reason: 'refused'; detail: string }
  | { reason: 'broken' | 'short'; rows: number; total: number | null };

const FALLBACK_NAME = 'rampdesk-transactions.csv';

function totalFrom(header: string | null): number | null {
  return header && /^\d{1,9}$/.test(header.trim()) ? Number(header.trim()) : null;
}

/**
 * Exports the view as CSV: streams GET /api/transactions/export.csv with the session cookie and
 * the CSRF header, counts rows as they arrive against `x-total-count`, can be cancelled, and saves
 * the file (named by the server) only when every announced row arrived.
 */
export function useCsvExport(filters: TransactionFilterQuery) {
  const [state, setState] = useState<CsvExportState>({ phase: 'idle' });
  const current = useRef<{
    controller: AbortController;
    reader?: ReadableStreamDefaultReader<Uint8Array>;
  } | null>(null);

  const cancel = useCallback(() => {
    const run = current.current;
    if (!run) return;
    run.controller.abort();
    void run.reader?.cancel().catch(() => undefined);
  }, []);
  // Leaving the page ends the download: nothing would be there to save it.
  useEffect(() => cancel, [cancel]);

  const start = async () => {
    if (current.current) return;
    const run: { controller: AbortController; reader?: ReadableStreamDefaultReader<Uint8Array> } = {
      controller: new AbortController(),
    };
    current.current = run;
    const { signal } = run.controller;
    setState({ phase: 'running', rows: 0, total: null });
    try {
      let response: Response;
      try {
        response = await fetch(apiUrl(API_PATHS.transactionExport, filters), {
          credentials: 'same-origin',
          headers: { Accept: 'text/csv', [CSRF_HEADER]: CSRF_HEADER_VALUE },
          signal,
        });
      } catch {
        if (signal.aborted) return setState({ phase: 'cancelled', rows: 0, total: null });
        return setState({ phase: 'failed', failure: { reason: 'unreachable' } });
      }
      if (!response.ok || !response.body) {
        const error = await errorFromFailedResponse(response);
        const detail =
          error.code === 'FORBIDDEN'
            ? forbiddenMessage(error.requiredRole, translate('transactions.export.forbiddenAction'))
            : error.message;
        return setState({ phase: 'failed', failure: { reason: 'refused', detail } });
      }
      const total = totalFrom(response.headers.get('x-total-count'));
      const filename = filenameFromDisposition(response.headers.get('content-disposition'), FALLBACK_NAME);
      setState({ phase: 'running', rows: 0, total });
      const result = await readCsvExport(response.body, {
        expectedRows: total,
        signal,
        onProgress: ({ rows }) => setState({ phase: 'running', rows, total }),
        onReader: (reader) => (run.reader = reader),
      });
      switch (result.outcome) {
        case 'complete':
          saveFile(result.blob, filename);
          return setState({ phase: 'saved', rows: result.rows, filename });
        case 'cancelled':
          return setState({ phase: 'cancelled', rows: result.rows, total });
        case 'broken':
        case 'short':
          return setState({ phase: 'failed', failure: { reason: result.outcome, rows: result.rows, total } });
      }
    } finally {
      current.current = null;
    }
  };

  const dismiss = () => setState({ phase: 'idle' });
  return { state, start, cancel, dismiss };
}
export type CsvExport = ReturnType<typeof useCsvExport>;
