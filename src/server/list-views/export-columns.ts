import { bankAccountSchema, invoiceSchema, transactionSchema, type Transaction } from '../../contract/capa';
import type { Note } from '../../contract/collaboration-api';

const BANK_ACCOUNT_FIELDS = Object.keys(bankAccountSchema.shape);
const NESTED: Record<string, readonly string[]> = {
  bankAccount: BANK_ACCOUNT_FIELDS,
  sourceBankAccount: BANK_ACCOUNT_FIELDS,
  targetBankAccount: BANK_ACCOUNT_FIELDS,
  invoice: Object.keys(invoiceSchema.shape),
};
const TOP_FIELDS = Object.keys(transactionSchema.shape);
const INSTANT_FIELDS = new Set(['createdAt', 'completedAt', 'forwardingSettlementDate']);
/** Account and document numbers: an operator's export shows their last four characters only. */
const MASKED_FIELDS = new Set(['accountIdentifier', 'iban', 'documentIdentifier']);
/** Fields Capa sent that the contract does not name, as one JSON object, so nothing is lost. */
const EXTRA = 'extra';

/** Rampdesk's own: the agents' notes on the transaction (docs/security.md W2), one per line. */
const NOTES = 'notes';

/** Every field of the contract's transaction, nested objects flattened as `bankAccount.iban`; then the notes. */
export const EXPORT_COLUMNS: readonly string[] = [
  ...TOP_FIELDS.flatMap((name) => (NESTED[name] ? NESTED[name].map((f) => `${name}.${f}`) : [name])),
  EXTRA,
  NOTES,
];

/** "2026-05-01T10:42:00.000Z Ana Lopez <ana@example.com>: text", oldest first, one per line. */
export function notesCell(notes: readonly Note[] | undefined): string | null {
  if (!notes?.length) return null;
  return notes.map((n) => `${n.createdAt} ${n.agentName} <${n.agentEmail}>: ${n.text}`).join('\n');
}

function maskLastFour(value: string): string {
  return value.length > 4 ? `${'*'.repeat(value.length - 4)}${value.slice(-4)}` : '****';
}

/** An instant in UTC ISO 8601 (`…Z`); a date without a time, or something unreadable, as sent. */
function utcInstant(value: string): string {
  if (!/T/.test(value) || value.endsWith('Z')) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

type Cell = string | number | boolean | null | undefined;

function cell(name: string, value: unknown, mask: boolean): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string') {
    if (INSTANT_FIELDS.has(name)) return utcInstant(value);
    if (mask && MASKED_FIELDS.has(name)) return maskLastFour(value);
  }
  return value as Cell;
}

/**
 * One transaction as the export's cells, in EXPORT_COLUMNS order. `mask`: account and document
 * numbers cut to their last four, and a bank account's fields the contract does not name left
 * out (they could be account numbers by another name).
 */
export function exportCells(tx: Transaction, mask: boolean, notes?: readonly Note[]): Cell[] {
  const record = tx as Record<string, unknown>;
  const cells: Cell[] = [];
  const extra: Record<string, unknown> = {};
  for (const name of TOP_FIELDS) {
    const nested = NESTED[name];
    if (!nested) {
      cells.push(cell(name, record[name], mask));
      continue;
    }
    const inner = (record[name] ?? {}) as Record<string, unknown>;
    for (const field of nested) cells.push(cell(field, inner[field], mask));
    const isBankAccount = nested === BANK_ACCOUNT_FIELDS;
    for (const [field, value] of Object.entries(inner)) {
      if (!nested.includes(field) && !(mask && isBankAccount)) extra[`${name}.${field}`] = value;
    }
  }
  for (const [name, value] of Object.entries(record)) if (!TOP_FIELDS.includes(name)) extra[name] = value;
  cells.push(Object.keys(extra).length > 0 ? JSON.stringify(extra) : null);
  cells.push(notesCell(notes));
  return cells;
}
