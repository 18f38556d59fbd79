import Big from 'big.js';
import { AMOUNT_FIELDS } from '../../contract/capa';

/**
 * A number in the value of an amount field, as JSON writes it. The key must follow `{` or `,`
 * (and blanks): inside a JSON string every `"` is escaped, so `"fiatAmount":` preceded by `{` or
 * `,` can only be a real key, never text that merely looks like one.
 */
const AMOUNT_NUMBER = new RegExp(
  `([{,]\\s*)"(${AMOUNT_FIELDS.join('|')})"(\\s*:\\s*)(-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)(?=\\s*[,}])`,
  'g',
);

/**
 * Capa's JSON with every numeric amount turned into a string of the very digits it sent, so
 * JSON.parse never rounds one into a double (0.1 + 0.2, 18-decimal token amounts). Other numbers
 * (count, forwardingDays) stay numbers. An exponent (1e-7) is written out in plain digits, exactly,
 * since people and spreadsheets read those. One regular-expression pass costs a fraction of
 * JSON.parse itself (docs/performance.md).
 */
export function quoteAmountNumbers(text: string): string {
  return text.replace(AMOUNT_NUMBER, (_match, before: string, key: string, colon: string, number: string) => {
    const digits = /[eE]/.test(number) ? new Big(number).toFixed() : number;
    return `${before}"${key}"${colon}"${digits}"`;
  });
}

/** JSON.parse with amounts kept as the digits sent. */
export function parseLosslessAmounts(text: string): unknown {
  return JSON.parse(quoteAmountNumbers(text));
}
