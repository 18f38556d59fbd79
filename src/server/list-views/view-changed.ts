import { ApiHttpError } from '../errors';

/**
 * The rows of a view moved while it was read: a transaction entered or left it before rows
 * already read (a status filter and a status change, say). New transactions never cause this:
 * they are appended after every row of the view (docs/capa-api.md, "Date windows").
 */
export function viewChanged(what: string): ApiHttpError {
  return new ApiHttpError(
    409,
    'VIEW_CHANGED',
    `Transactions entered or left this view while Rampdesk was reading it (${what}), so the answer ` +
      'could have missed or repeated a row. Try again.',
  );
}
