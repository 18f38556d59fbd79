import { describe, expect, it } from 'vitest';
import { paths } from './paths';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it('keeps a same-origin path with its query and hash', () => {
    expect(safeNextPath('/transactions/abc?x=1#h')).toBe('/transactions/abc?x=1#h');
    expect(safeNextPath('/admin/agents')).toBe('/admin/agents');
  });

  it.each([
    ['//evil.com', 'protocol-relative'],
    ['//evil.com/transactions', 'protocol-relative with a path'],
    ['/\\evil.com', 'backslash that browsers read as a slash'],
    ['\\\\evil.com', 'two backslashes'],
    ['/\t/evil.com', 'a tab browsers drop'],
    ['/\n/evil.com', 'a newline browsers drop'],
    ['https://evil.com', 'an absolute URL'],
    ['javascript:alert(1)', 'a script URL'],
    ['evil.com', 'no leading slash'],
    ['', 'empty'],
    [`/${'a'.repeat(3000)}`, 'too long'],
    ['/sign-in?next=/transactions', 'the sign-in page itself'],
  ])('falls back for %j (%s)', (raw) => {
    expect(safeNextPath(raw)).toBe(paths.queues());
  });

  it('falls back when there is no next at all', () => {
    expect(safeNextPath(null)).toBe('/queues');
    expect(safeNextPath(undefined, '/elsewhere')).toBe('/elsewhere');
  });

  it('normalises dot segments without leaving the origin', () => {
    expect(safeNextPath('/a/../transactions')).toBe('/transactions');
    expect(safeNextPath('/%2F%2Fevil.com')).toBe('/%2F%2Fevil.com');
  });
});
