import { CsvRecordCounter } from './csv-record-counter';

export interface CsvProgress {
  /** Data rows received whole (the header not counted). */
  rows: number;
}

export type CsvReadResult =
  | { outcome: 'complete'; blob: Blob; rows: number }
  | { outcome: 'cancelled'; rows: number }
  | { outcome: 'broken'; rows: number; error: unknown }
  | { outcome: 'short'; rows: number };

/**
 * Reads a streamed CSV body to the end, reporting rows as they arrive. The file is assembled only
 * from a stream that ended normally and holds exactly `expectedRows` (when the server said how
 * many): a stream the server broke off (Capa failed mid-export), one that ended early, or one the
 * agent cancelled never becomes a file.
 */
export async function readCsvExport(
  body: ReadableStream<Uint8Array>,
  options: {
    expectedRows: number | null;
    signal: AbortSignal;
    onProgress: (progress: CsvProgress) => void;
    /** Lets the caller cancel the read itself (a mocked fetch may not honour the signal). */
    onReader?: (reader: ReadableStreamDefaultReader<Uint8Array>) => void;
  },
): Promise<CsvReadResult> {
  const { expectedRows, signal, onProgress, onReader } = options;
  const reader = body.getReader();
  onReader?.(reader);
  const decoder = new TextDecoder();
  const counter = new CsvRecordCounter();
  const chunks: Uint8Array[] = [];
  const rowsSoFar = () => Math.max(0, counter.complete - 1);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) return { outcome: 'cancelled', rows: rowsSoFar() };
      if (done) break;
      chunks.push(value);
      counter.push(decoder.decode(value, { stream: true }));
      onProgress({ rows: rowsSoFar() });
    }
  } catch (error) {
    if (signal.aborted) return { outcome: 'cancelled', rows: rowsSoFar() };
    return { outcome: 'broken', rows: rowsSoFar(), error };
  }
  counter.push(decoder.decode());
  const rows = Math.max(0, counter.total() - 1);
  if (expectedRows !== null && rows !== expectedRows) return { outcome: 'short', rows };
  return {
    outcome: 'complete',
    blob: new Blob(chunks as BlobPart[], { type: 'text/csv;charset=utf-8' }),
    rows,
  };
}
