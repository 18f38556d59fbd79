/**
 * One CSV record as RFC 4180 writes it: fields separated by commas, CRLF at the end, a field
 * quoted when it holds a comma, a quote, CR or LF, quotes inside doubled.
 *
 * Formula injection (OWASP, "CSV Injection"): a cell a spreadsheet would run as a formula (first
 * character `=`, `+`, `-`, `@`, tab or carriage return) gets a single quote in front, so it shows
 * as text. A plain decimal number (`-12.5`) is left alone: a spreadsheet reads it as the number it
 * is and runs nothing, and prefixing it would turn an amount into text. Capa's amounts are never
 * negative today; the exemption keeps them exact if one ever is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = neutralise(String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
