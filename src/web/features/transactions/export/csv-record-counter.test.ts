import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordCounter } from './csv-record-counter';

function count(chunks: string[]) {
  const counter = new CsvRecordCounter();
  for (const chunk of chunks) counter.push(chunk);
  return counter;
}

describe('CsvRecordCounter', () => {
  it('counts CRLF records, not line breaks inside quoted cells', () => {
    const csv = 'id,address\r\n1,"Calle 5\r\nPiso 2"\r\n2,"say ""hi"", then\nbye"\r\n3,plain\r\n';
    expect(count([csv]).total()).toBe(4);
  });

  it('counts a last record without a final line break once the stream ends', () => {
    const counter = count(['id\r\n1\r\n2']);
    expect(counter.complete).toBe(2);
    expect(counter.total()).toBe(3);
  });

  it('gives the same count however the stream is cut into chunks', () => {
    const csv = 'a,b\r\n"x\r\ny",1\r\n"""q""",2\r\nz,"3\n"\r\n';
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: csv.length - 1 }), { maxLength: 8 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), csv.length];
        const chunks = points.slice(1).map((end, i) => csv.slice(points[i], end));
        expect(count(chunks).total()).toBe(4);
      }),
    );
  });
});
