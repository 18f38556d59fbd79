import { describe, expect, it } from 'vitest';
import { filenameFromDisposition } from './save-file';

describe('filenameFromDisposition', () => {
  it.each([
    [
      'attachment; filename="rampdesk-sandbox-completed-off-ramp-2026-11-01_2026-12-01.csv"',
      'rampdesk-sandbox-completed-off-ramp-2026-11-01_2026-12-01.csv',
    ],
    ['attachment; filename=plain.csv', 'plain.csv'],
    [`attachment; filename="fallback.csv"; filename*=UTF-8''pe%C3%B1a.csv`, 'peña.csv'],
    ['attachment; filename="a \\"quoted\\" name.csv"', 'a "quoted" name.csv'],
    ['attachment; filename="../../etc/passwd"', '.._.._etc_passwd'],
    ['attachment', 'export.csv'],
    [null, 'export.csv'],
  ])('%s → %s', (header, name) => {
    expect(filenameFromDisposition(header, 'export.csv')).toBe(name);
  });
});
