/**
 * The CSV export as the BFF streams it, over the fixtures: RFC 4180 rows (CRLF, quoted where
 * needed), cells a spreadsheet would run as formulas neutralised, `x-total-count` before the first
 * byte, and on an upstream failure a stream that errors (the BFF destroys the connection) rather
 * than a short file that looks complete. Tests build their own streams with csvExportResponse.
 */
import { HttpResponse } from 'msw';
import type { Transaction } from '../../contract/capa';
import { formatAmount } from '../lib/format';

const COLUMNS = [
  'id',
  'userId',
  'status',
  'type',
  'fiatCurrency',
  'fiatAmount',
  'tokenSymbol',
  'blockchainSymbol',
  'cryptoAmount',
  'createdAt',
  'completedAt',
  'cancellationReason',
] as const satisfies readonly (keyof Transaction)[];

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'number') text = formatAmount(value);
  // OWASP CSV injection: a leading quote makes the cell text, not a formula.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header line and one line per transaction, each ending in CRLF. */
export function csvLines(items: readonly Transaction[]): string[] {
  const header = `${COLUMNS.join(',')}\r\n`;
  return [header, ...items.map((tx) => `${COLUMNS.map((c) => csvCell(tx[c])).join(',')}\r\n`)];
}

export interface CsvStreamOptions {
  /** The connection breaks after this many data rows (Capa stopped answering mid-export). */
  failAfterRows?: number;
  /** Data rows per chunk; small chunks show progress move. */
  rowsPerChunk?: number;
  /** Holds the stream after `afterRows` data rows until `until` settles (to cancel mid-way). */
  hold?: { afterRows: number; until: Promise<unknown> };
  onEnd?: (outcome: 'completed' | 'failed' | 'cancelled', rows: number) => void;
}

function csvStream(lines: readonly string[], options: CsvStreamOptions = {}) {
  const { failAfterRows, rowsPerChunk = 10, hold, onEnd } = options;
  const encoder = new TextEncoder();
  let next = 0; // index into lines; lines[0] is the header
  let held = false;
  const rowsSent = () => Math.max(0, next - 1);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (hold && !held && rowsSent() >= hold.afterRows) {
        held = true;
        await hold.until;
      }
      if (failAfterRows !== undefined && rowsSent() >= failAfterRows) {
        onEnd?.('failed', rowsSent());
        controller.error(new Error('Capa stopped answering'));
        return;
      }
      if (next >= lines.length) {
        onEnd?.('completed', rowsSent());
        controller.close();
        return;
      }
      let end = Math.min(lines.length, next + (next === 0 ? 1 : rowsPerChunk));
      if (failAfterRows !== undefined) end = Math.min(end, failAfterRows + 1);
      if (hold && !held) end = Math.min(end, Math.max(next + 1, hold.afterRows + 1));
      controller.enqueue(encoder.encode(lines.slice(next, end).join('')));
      next = end;
    },
    cancel() {
      onEnd?.('cancelled', rowsSent());
    },
  });
}

export function csvExportResponse(
  lines: readonly string[],
  { filename, total, ...options }: CsvStreamOptions & { filename: string; total?: number },
) {
  return new HttpResponse(csvStream(lines, options), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'x-total-count': String(total ?? lines.length - 1),
    },
  });
}
