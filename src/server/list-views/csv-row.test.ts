import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecord, neutralise } from './csv-row';

describe('CSV records (RFC 4180) with formulas neutralised (OWASP)', () => {
  it('any cells round-trip through an RFC 4180 parser, neutralised cells with their quote in front', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), { minLength: 1 }),
        (rows) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          const text = table.map(csvRecord).join('');
          expect(parse(text, { relax_quotes: false })).toEqual(table.map((r) => r.map(neutralise)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['-12.5', '-12.5'],
    ['12.5', '12.5'],
    ['a=b', 'a=b'],
  ])('%j becomes %j', (cell, expected) => {
    expect(neutralise(cell)).toBe(expected);
  });

  it('ends every record with CRLF and quotes only what needs it', () => {
    expect(csvRecord(['a', 'b,c', 'say "hi"', null, 3, 'x\ny'])).toBe('a,"b,c","say ""hi""",,3,"x\ny"\r\n');
  });
});
