import { describe, expect, it } from 'vitest';
import { auditQueryFor, auditViewToParams, DEFAULT_AUDIT_VIEW, parseAuditView } from './audit-view';

const TX = '8374f327-38bd-4b0b-b8a7-2524599eb903';
const parse = (query: string) => parseAuditView(new URLSearchParams(query));

describe('audit view in the URL', () => {
  it('reads every filter, page and size, and writes the shortest query back', () => {
    const query = `agent=ana%40example.com&outcome=unknown&tx=${TX}&from=2025-11-01&to=2025-11-30&page=3&size=50`;
    const view = parse(query);
    expect(view).toEqual({
      agent: 'ana@example.com',
      outcome: 'unknown',
      tx: TX,
      from: '2025-11-01',
      to: '2025-11-30',
      page: 3,
      size: 50,
    });
    expect(auditViewToParams(view).toString()).toBe(query);
    expect(auditViewToParams(DEFAULT_AUDIT_VIEW).toString()).toBe('');
  });

  it('drops what is malformed instead of failing the page', () => {
    expect(parse('agent=nobody&outcome=lost&tx=123&from=2025-02-30&to=yesterday&page=-1&size=7')).toEqual(
      DEFAULT_AUDIT_VIEW,
    );
    expect(parse(`tx=${TX.toUpperCase()}&agent=%20Ana%40Example.com%20`)).toMatchObject({
      tx: TX,
      agent: 'ana@example.com',
    });
  });

  it('keeps the start of a backwards range and drops its end', () => {
    expect(parse('from=2025-11-30&to=2025-11-01')).toMatchObject({ from: '2025-11-30', to: undefined });
  });

  it('asks the BFF for local days, the last one included, and the agent only as an admin', () => {
    const view = parse(`agent=ana%40example.com&from=2025-11-01&to=2025-11-30&page=2&size=50`);
    const query = auditQueryFor(view, true);
    expect(query).toMatchObject({ agent: 'ana@example.com', skip: 50, limit: 50 });
    expect(query.from).toBe(new Date(2025, 10, 1).toISOString());
    expect(query.to).toBe(new Date(2025, 11, 1).toISOString());
    expect(auditQueryFor(view, false).agent).toBeUndefined();
  });
});
