/**
 * Generators of client input for the BFF's property tests (SECURITY P1, P3, K1): values a
 * careless or hostile client sends, next to valid ones, so a property reaches past validation too.
 */
import fc from 'fast-check';
import { FIAT_CURRENCIES, TRANSACTION_TYPES } from '../../contract/enums';
import { TRANSACTION_STATUSES } from '../../contract/statuses';

/** A long string made by repeating a short one: as hostile as a random one, far cheaper to make. */
function long(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min, max }))
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));
}

/** The tricks an attacker would try to move an upstream URL: traversal, encoded slashes, hosts, NULs. */
export const pathTrick: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '..',
    '%2e%2e',
    '.%2e',
    '..%2f..%2fadmin',
    '%2f%2fevil.example',
    '%5c%5cevil.example',
    '@evil.example',
    'a@evil.example:443',
    '..\\..\\',
    '%00',
    '%E2%80%AE',
    '%EF%BC%8E%EF%BC%8E',
    'http:%2f%2fevil.example',
    '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b%2f..',
    '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b%3flimit=100',
    '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b%23',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }).map(encodeURIComponent),
  long(250, 5000).map(encodeURIComponent),
  fc.uuid().map((id) => `${id}%2f..%2f..`),
);

/** A raw (not yet encoded) query value: hostile text of every kind, including lone surrogates. */
const hostileValue = fc.oneof(
  fc.constantFrom('', ' ', '-1', '1e2', '0x10', 'NaN', 'null', '[]', '{}', '../..', '%', '%zz', '\u0000'),
  fc.string({ unit: 'binary', maxLength: 30 }),
  long(200, 3000),
  fc.integer().map(String),
);

/** Values the list accepts, so valid queries reach Capa and hostile ones sit beside them. */
const validListField: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(fc.constant('status'), fc.constantFrom(...TRANSACTION_STATUSES)),
  fc.tuple(fc.constant('type'), fc.constantFrom(...TRANSACTION_TYPES)),
  fc.tuple(fc.constant('fiatCurrency'), fc.constantFrom(...FIAT_CURRENCIES)),
  fc.tuple(fc.constant('limit'), fc.integer({ min: 1, max: 100 }).map(String)),
  fc.tuple(fc.constant('skip'), fc.integer({ min: 0, max: 10_000 }).map(String)),
  fc.tuple(fc.constant('sortOrder'), fc.constantFrom('ASC', 'DESC', 'asc', 'desc')),
  fc.tuple(fc.constant('sortBy'), fc.constant('createdAt')),
  fc.tuple(fc.constantFrom('id', 'userId', 'partnerId'), fc.uuid({ version: 4 })),
);

const anyField = fc.oneof(
  fc.constantFrom('id', 'status', 'type', 'limit', 'skip', 'sortOrder', 'agent', 'outcome', 'from'),
  fc.constantFrom('__proto__', 'constructor', 'url', 'host', 'partner-api-key', 'limit[]', 'a.b'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

/** A query string ('' or '?…'): valid fields, hostile values, unknown and repeated parameters. */
export const queryString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: validListField, weight: 4 },
      { arbitrary: fc.tuple(anyField, hostileValue), weight: 2 },
    ),
    { maxLength: 4 },
  )
  .chain((pairs) =>
    fc.oneof(
      fc.constant(pairs),
      // The same parameter twice, with the same or another value.
      fc.constant(pairs.length > 0 ? [...pairs, pairs[0]!] : pairs),
    ),
  )
  .map((pairs) => {
    const text = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
    return text ? `?${text}` : '';
  });

/** Bodies: hostile JSON and non-JSON; routes add their valid shapes beside these. */
export const hostileBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '{}',
    'null',
    '[]',
    '"x"',
    '{"__proto__":{"role":"admin"}}',
    '{"constructor":{"prototype":{"role":"admin"}}}',
    '{"a":',
    '\u0000',
    `{"transactionHash":"${'x'.repeat(200)}"}`,
  ),
  fc.json({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  long(16 * 1024, 17 * 1024).map((s) => JSON.stringify({ s })),
);

/** Headers beside the session and CSRF ones: proxies, origins, and lookalikes of the partner key. */
export const extraHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'x-forwarded-for': fc.constantFrom('10.0.0.1', '1.2.3.4, 5.6.7.8', 'garbage'),
    'x-forwarded-host': fc.constantFrom('evil.example', 'localhost'),
    'x-forwarded-proto': fc.constantFrom('https', 'gopher'),
    origin: fc.constantFrom('https://evil.example', 'null', 'http://localhost:80'),
    'sec-fetch-site': fc.constantFrom('same-origin', 'cross-site', 'none'),
    'partner-api-key': fc.constant('browser-supplied'),
    authorization: fc.constantFrom('Bearer x', 'Basic dXNlcjpwYXNz'),
    accept: fc.constantFrom('text/html', '*/*', 'application/json'),
    'x-request-id': fc.constantFrom('forged-id', '../../etc/passwd'),
    'x-http-method-override': fc.constantFrom('DELETE', 'PUT'),
  },
  { requiredKeys: [] },
);
