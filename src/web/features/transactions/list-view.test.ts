import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiListQuerySchema } from '../../../contract/api';
import { FIAT_CURRENCIES, TRANSACTION_TYPES } from '../../../contract/enums';
import { uuid } from '../../../contract/query-fields';
import { TRANSACTION_STATUSES } from '../../../contract/statuses';
import {
  DEFAULT_VIEW,
  filterQueryFor,
  listQueryFor,
  listViewToParams,
  PAGE_SIZES,
  parseId,
  parseListView,
  type ListView,
} from './list-view';

const UUID = '8374f327-38bd-4b0b-b8a7-2524599eb903';
const parse = (search: string) => parseListView(new URLSearchParams(search));

describe('list view in the URL', () => {
  it('defaults to newest first, page 1 of 20, no filters', () => {
    expect(parse('')).toEqual({ page: 1, size: 20, sort: 'desc' });
    expect(listViewToParams(DEFAULT_VIEW).toString()).toBe('');
  });

  it('reads the documented example and writes it back the same way', () => {
    const search = 'status=PENDING&type=OFF_RAMP&page=3&size=50&sort=asc';
    const view = parse(search);
    expect(view).toEqual({ status: 'PENDING', type: 'OFF_RAMP', page: 3, size: 50, sort: 'asc' });
    expect(listViewToParams(view).toString()).toBe(search);
  });

  it('reads every filter', () => {
    const view = parse(`id=${UUID}&status=FAILED&type=CROSS_RAMP&currency=MXN&user=${UUID}&partner=${UUID}`);
    expect(view).toMatchObject({
      id: UUID,
      status: 'FAILED',
      type: 'CROSS_RAMP',
      currency: 'MXN',
      user: UUID,
      partner: UUID,
    });
  });

  it.each([
    ['status=BOGUS', {}],
    ['type=SIDEWAYS&currency=GBP', {}],
    ['user=not-a-uuid&id=123&partner=', {}],
    ['page=0', {}],
    ['page=-2', {}],
    ['page=abc', {}],
    ['page=1e3', {}],
    ['page=99999999999', {}],
    ['size=7', {}],
    ['size=1000', {}],
    ['sort=up', {}],
    ['color=red&limit=5&skip=100', {}],
  ])('falls back to the default silently for %s', (search, expected) => {
    expect(parse(search)).toEqual({ ...DEFAULT_VIEW, ...expected });
  });

  it('keeps the valid parameters when others are invalid', () => {
    expect(parse('status=BOGUS&type=ON_RAMP&page=x&size=50')).toEqual({
      ...DEFAULT_VIEW,
      type: 'ON_RAMP',
      size: 50,
    });
  });

  it('accepts enum values and ids in any case and with spaces, and stores them canonically', () => {
    const view = parse(`status=pending&type=%20off_ramp&currency=mxn&sort=ASC&user=${UUID.toUpperCase()}`);
    expect(view).toMatchObject({
      status: 'PENDING',
      type: 'OFF_RAMP',
      currency: 'MXN',
      sort: 'asc',
      user: UUID,
    });
  });

  it('reads a repeated parameter once, the first', () => {
    expect(parse('type=ON_RAMP&type=OFF_RAMP').type).toBe('ON_RAMP');
  });

  it('asks the BFF for exactly what the view shows', () => {
    expect(
      listQueryFor({ ...DEFAULT_VIEW, page: 3, size: 50, sort: 'asc', currency: 'EUR', user: UUID }),
    ).toEqual({
      id: undefined,
      status: undefined,
      type: undefined,
      fiatCurrency: 'EUR',
      userId: UUID,
      partnerId: undefined,
      skip: 100,
      limit: 50,
      sortOrder: 'ASC',
    });
  });

  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const views: fc.Arbitrary<ListView> = fc.record({
    id: optional(fc.uuid({ version: 4 })),
    status: optional(fc.constantFrom(...TRANSACTION_STATUSES)),
    type: optional(fc.constantFrom(...TRANSACTION_TYPES)),
    currency: optional(fc.constantFrom(...FIAT_CURRENCIES)),
    user: optional(fc.uuid({ version: 4 })),
    partner: optional(fc.uuid({ version: 4 })),
    page: fc.integer({ min: 1, max: 100_000 }),
    size: fc.constantFrom(...PAGE_SIZES),
    sort: fc.constantFrom('asc' as const, 'desc' as const),
  });

  it('round-trips any view through the query string, and the BFF accepts its request', () => {
    fc.assert(
      fc.property(views, (view) => {
        const back = parseListView(new URLSearchParams(listViewToParams(view).toString()));
        expect(back).toEqual(JSON.parse(JSON.stringify(view)));
        const query = Object.fromEntries(
          Object.entries(listQueryFor(view))
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, String(v)]),
        );
        expect(apiListQuerySchema.safeParse(query).success).toBe(true);
      }),
    );
  });

  it('never throws on any query string', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('status', 'type', 'page', 'size', 'sort', 'id', 'x'), fc.string()),
        (input) => {
          expect(() => parseListView(new URLSearchParams(input))).not.toThrow();
        },
      ),
    );
  });
});

describe('the date window in the URL', () => {
  it('reads from and to as instants with any offset and writes them back in UTC', () => {
    const view = parse('status=COMPLETED&from=2026-11-01T00:00:00-06:00&to=2026-12-01T06:00:00Z');
    expect(view).toMatchObject({ from: '2026-11-01T06:00:00.000Z', to: '2026-12-01T06:00:00.000Z' });
    const search = listViewToParams(view).toString();
    expect(search).toBe('status=COMPLETED&from=2026-11-01T06%3A00%3A00.000Z&to=2026-12-01T06%3A00%3A00.000Z');
    expect(parse(search)).toEqual(view);
  });

  it.each([
    ['from=2026-11-01', 'a day without a time'],
    ['from=2026-11-01T00:00:00', 'a time without an offset (whose midnight?)'],
    ['from=yesterday&to=', 'words and an empty value'],
    ['to=2026-13-01T00:00:00Z', 'a month that does not exist'],
  ])('ignores %s (%s)', (search) => {
    expect(parse(search)).toEqual(DEFAULT_VIEW);
  });

  it('keeps the start and drops an end that is not after it', () => {
    expect(parse('from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z')).toEqual({
      ...DEFAULT_VIEW,
      from: '2026-11-02T00:00:00.000Z',
    });
    expect(parse('from=2026-11-02T00:00:00Z&to=2026-11-02T00:00:00Z').to).toBeUndefined();
  });

  it('sends the window with the page, and without paging for totals and the export', () => {
    const view = { ...DEFAULT_VIEW, type: 'OFF_RAMP' as const, from: '2026-11-01T06:00:00.000Z', page: 2 };
    expect(listQueryFor(view)).toMatchObject({ from: view.from, to: undefined, skip: 20, limit: 20 });
    expect(filterQueryFor(view)).toEqual({ type: 'OFF_RAMP', from: view.from });
    expect(filterQueryFor(view)).not.toHaveProperty('skip');
  });

  it('round-trips any window', () => {
    const instant = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString());
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        const view = { ...DEFAULT_VIEW, from, to: from === to ? undefined : to };
        expect(parseListView(listViewToParams(view))).toEqual(view);
      }),
    );
  });
});

describe("the view's rules are the contract's (read without zod, for the entry)", () => {
  const ids = [
    UUID,
    UUID.toUpperCase(),
    ` ${UUID} `,
    '00000000-0000-0000-0000-000000000000',
    'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
    '8374f327-38bd-0b0b-b8a7-2524599eb903', // version 0
    '8374f327-38bd-9b0b-b8a7-2524599eb903', // version 9
    '8374f327-38bd-4b0b-c8a7-2524599eb903', // variant c
    '8374f327-38bd-4b0b-b8a7-2524599eb90', // one digit short
    '8374f32738bd4b0bb8a72524599eb903',
    'g374f327-38bd-4b0b-b8a7-2524599eb903',
    '',
  ];

  it('takes an id exactly when the BFF does, in the form it stores', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...ids), fc.uuid({ version: 7 }), fc.string()), (text) => {
        const bff = uuid.safeParse(text.trim());
        expect(parseId(text)).toBe(bff.success ? bff.data : undefined);
      }),
    );
  });

  it("takes an instant exactly when the BFF's date window does", () => {
    const instant = z.iso.datetime({ offset: true });
    for (const text of [
      '2026-11-01T00:00:00Z',
      '2026-11-01T00:00:00.123456Z',
      '2026-11-01T23:59:59-06:00',
      '2026-11-01T00:00:00+14:00',
      '2024-02-29T00:00:00Z',
      '2026-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-11-01T24:00:00Z',
      '2026-11-01T00:60:00Z',
      '2026-11-01T00:00Z',
      '2026-11-01T00:00:00+0600',
      '2026-11-01T00:00:00+24:00',
      '2026-11-01 00:00:00Z',
      '2026-11-01t00:00:00z',
    ]) {
      expect({ text, read: parse(`from=${encodeURIComponent(text)}`).from !== undefined }).toEqual({
        text,
        read: instant.safeParse(text).success,
      });
    }
  });
});
