/** Takes, notes and time in status (docs/security.md W1–W3), as the SPA meets them (api-scenarios.ts). */
import { apiListResponseSchema } from './api';
import { get, invalid, MISSING_ID, post, type ApiScenario } from './api-scenario';
import {
  activityListResponseSchema,
  activityResponseSchema,
  noteSchema,
  notesResponseSchema,
  takeResponseSchema,
} from './collaboration-api';

const XSS = '<img src=x onerror=alert(1)>';
const take = (as: 'operator' | 'admin') => post('/api/transactions/{existingTransaction}/take', '{}', as);

export const COLLABORATION_SCENARIOS: ApiScenario[] = [
  {
    name: 'a page of transactions carries an annotation per row, and the rows stay as Capa sent them',
    request: get('/api/transactions?limit=5'),
    expect: {
      status: 200,
      schema: apiListResponseSchema,
      check: (b) => {
        const ids = b.items.map((tx: { id: string }) => tx.id).sort();
        if (ids.join() !== Object.keys(b.annotations).sort().join())
          return 'annotations do not match the rows';
        const unknown = Object.values(b.annotations).filter(
          (a) => (a as { statusSince: unknown }).statusSince === null,
        );
        return unknown.length === 0 ? null : 'a row without its first sighting';
      },
    },
  },
  {
    name: 'W1: an operator takes a transaction',
    request: take('operator'),
    expect: {
      status: 200,
      schema: takeResponseSchema,
      check: (b) => (b.take?.agentEmail ? null : 'no holder'),
    },
  },
  {
    name: 'W1: a transaction taken by another is a 409 naming them',
    given: [take('admin')],
    request: take('operator'),
    expect: { status: 409, code: 'TAKEN_BY_ANOTHER' },
  },
  {
    name: 'W1: the drawer reads who has it, and the statuses it was seen in',
    given: [take('admin'), get('/api/transactions/{existingTransaction}')],
    request: get('/api/transactions/{existingTransaction}/activity'),
    expect: {
      status: 200,
      schema: activityResponseSchema,
      check: (b) => (b.take && b.sightings.length === 1 ? null : 'no take or no sighting'),
    },
  },
  {
    name: 'W3: a viewer may not take',
    request: post('/api/transactions/{existingTransaction}/take', '{}', 'viewer'),
    expect: { status: 403, code: 'FORBIDDEN', requiredRole: 'operator' },
  },
  {
    name: 'W1: releasing what nobody has is fine',
    request: post('/api/transactions/{existingTransaction}/release', '{}', 'operator'),
    expect: {
      status: 200,
      schema: takeResponseSchema,
      check: (b) => (b.take === null ? null : 'still taken'),
    },
  },
  {
    name: 'a take of a transaction that does not exist',
    request: post(`/api/transactions/${MISSING_ID}/take`, '{}', 'operator'),
    expect: { status: 404, code: 'TRANSACTION_NOT_FOUND' },
  },
  {
    name: 'W2: a note is kept as text',
    request: post(
      '/api/transactions/{existingTransaction}/notes',
      JSON.stringify({ text: ` ${XSS} ` }),
      'operator',
    ),
    expect: { status: 201, schema: noteSchema, check: (b) => (b.text === XSS ? null : `text ${b.text}`) },
  },
  {
    name: 'W2: notes are read oldest first',
    given: [
      post('/api/transactions/{existingTransaction}/notes', '{"text":"first"}', 'operator'),
      post('/api/transactions/{existingTransaction}/notes', '{"text":"second"}', 'admin'),
    ],
    request: get('/api/transactions/{existingTransaction}/notes'),
    expect: {
      status: 200,
      schema: notesResponseSchema,
      check: (b) => (b.items.map((n: { text: string }) => n.text).join() === 'first,second' ? null : 'order'),
    },
  },
  {
    name: 'W2: an empty note',
    request: post('/api/transactions/{existingTransaction}/notes', '{"text":"  "}', 'operator'),
    expect: invalid('text'),
  },
  {
    name: 'W2: a note over 1000 characters',
    request: post(
      '/api/transactions/{existingTransaction}/notes',
      JSON.stringify({ text: 'x'.repeat(1001) }),
      'operator',
    ),
    expect: invalid('text'),
  },
  {
    name: 'W2: a note with a control character',
    request: post('/api/transactions/{existingTransaction}/notes', '{"text":"a\\u0000b"}', 'operator'),
    expect: invalid('text'),
  },
  {
    name: 'W2: the activity log for the Audit page',
    request: get('/api/audit/activity?kind=note&limit=5', 'operator'),
    expect: { status: 200, schema: activityListResponseSchema },
  },
  {
    name: 'the activity log refuses an unknown kind',
    request: get('/api/audit/activity?kind=edit', 'operator'),
    expect: invalid('kind'),
  },
  {
    name: 'the activity log is not for viewers',
    request: get('/api/audit/activity'),
    expect: { status: 403, code: 'FORBIDDEN', requiredRole: 'operator' },
  },
];
