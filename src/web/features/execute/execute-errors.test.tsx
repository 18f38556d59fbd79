import { within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ApiErrorCode } from '../../../contract/api';
import { apiErrorResponse, htmlErrorResponse } from '../../mocks/api-responses';
import { confirmExecute, EVM_OFF_RAMP, EXECUTE_URL, openToReview } from '../../test-support/execute-dialog';
import { server } from '../../test-support/msw-server';
import { renderWithProviders } from '../../test-support/render-with-providers';
import { ExecuteAction } from './execute-action';

const tx = EVM_OFF_RAMP;

type Case = {
  code: ApiErrorCode;
  status: number;
  title: string;
  says: RegExp;
  /** What the dialog offers next. */
  next: 'Try again' | 'Close';
};

// Each code the BFF may answer an execute with (contract/api.ts, audit-api.ts), and what the agent reads.
const CASES: Case[] = [
  {
    code: 'TRANSACTION_NOT_EXECUTABLE',
    status: 400,
    title: 'This transaction can no longer be executed',
    says: /executed already or has moved on.*Nothing was executed/,
    next: 'Close',
  },
  {
    code: 'TRANSACTION_ACCESS_DENIED',
    status: 403,
    title: 'This transaction is not ours',
    says: /belongs to another partner/,
    next: 'Close',
  },
  {
    code: 'TRANSACTION_NOT_FOUND',
    status: 404,
    title: 'Transaction not found',
    says: /no transaction with this id for our partner account/,
    next: 'Close',
  },
  {
    code: 'EXECUTE_IN_PROGRESS',
    status: 409,
    title: 'An execute of this transaction is already in progress',
    says: /Wait for its outcome in the audit trail/,
    next: 'Close',
  },
  {
    code: 'ALREADY_EXECUTED',
    status: 409,
    title: 'Already executed',
    says: /it is not executed twice/,
    next: 'Close',
  },
  {
    code: 'EXECUTE_OUTCOME_UNKNOWN',
    status: 504,
    title: 'Outcome unknown: Capa did not confirm',
    says: /Do not start another execute.*Rampdesk checks the transaction and records the outcome.*at most once/,
    next: 'Try again',
  },
  // Only from the read before the execute: an execute call that may have reached Capa is always
  // EXECUTE_OUTCOME_UNKNOWN, so these say plainly that nothing was executed.
  {
    code: 'UPSTREAM_TIMEOUT',
    status: 504,
    title: 'Capa could not be checked first',
    says: /Nothing was executed\. .*resends this same request/,
    next: 'Try again',
  },
  {
    code: 'UPSTREAM_BAD_RESPONSE',
    status: 502,
    title: 'Capa could not be checked first',
    says: /Nothing was executed\. .*resends this same request/,
    next: 'Try again',
  },
  {
    code: 'UPSTREAM_UNAVAILABLE',
    status: 502,
    title: 'Capa is unavailable',
    says: /Nothing was executed\. .*resends this same request/,
    next: 'Try again',
  },
  {
    code: 'UPSTREAM_RATE_LIMITED',
    status: 503,
    title: 'Capa is busy',
    says: /Nothing was executed\. Try again in 7 seconds/,
    next: 'Try again',
  },
  {
    code: 'UPSTREAM_AUTH_FAILED',
    status: 502,
    title: 'Rampdesk cannot talk to Capa',
    says: /service configuration problem.*retrying will not help/,
    next: 'Close',
  },
  {
    code: 'UPSTREAM_REJECTED_INPUT',
    status: 400,
    title: 'Capa refused the request',
    says: /Nothing was executed/,
    next: 'Close',
  },
  {
    code: 'UPSTREAM_REFUSED',
    status: 502,
    title: 'Capa did not accept the request',
    // A code inside the BFF's words is read as words too (MessageText).
    says: /The BFF's own words for Capa refused\. Nothing was executed\./,
    next: 'Close',
  },
  {
    code: 'RATE_LIMITED',
    status: 429,
    title: 'Too many executes in a short time',
    says: /Try again in 7 seconds/,
    next: 'Try again',
  },
  {
    code: 'OVERLOADED',
    status: 503,
    title: 'Rampdesk is overloaded',
    says: /Nothing was executed/,
    next: 'Try again',
  },
  {
    code: 'FORBIDDEN',
    status: 403,
    title: 'Not allowed with your role',
    says: /You need the operator role to execute off-ramps/,
    next: 'Close',
  },
];

async function failWith(respond: () => Response) {
  server.use(http.post(EXECUTE_URL, respond));
  const { user } = renderWithProviders(<ExecuteAction tx={tx} />);
  const dialog = await openToReview(user);
  await confirmExecute(user, dialog, tx);
  return { dialog, user };
}

async function alertFor(respond: () => Response) {
  const { dialog } = await failWith(respond);
  return { alert: await within(dialog).findByRole('alert'), dialog };
}

describe('every execute error in words the agent can act on', () => {
  it.each(CASES)('$code', async ({ code, status, title, says, next }) => {
    const { alert, dialog } = await alertFor(() =>
      apiErrorResponse(status, code, `The BFF's own words for ${code}.`, {
        requestId: 'req-42',
        requiredRole: code === 'FORBIDDEN' ? 'operator' : undefined,
        headers: { 'retry-after': '7' },
      }),
    );
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(says);
    // The ids support needs to trace it.
    expect(alert).toHaveTextContent(`${code} · HTTP ${status} · request req-42`);
    expect(within(dialog).getByRole('button', { name: next })).toBeEnabled();
    if (next === 'Close')
      expect(within(dialog).queryByRole('button', { name: /Try again|Execute/ })).toBeNull();
  });

  it('a validation problem with the hash goes back to the hash field', async () => {
    const { dialog } = await failWith(() =>
      apiErrorResponse(400, 'VALIDATION_ERROR', 'Invalid body.', {
        fields: { transactionHash: 'must not be empty; leave it out to execute without a hash' },
      }),
    );
    await within(dialog).findByText(/Step 1 of 2/);
    expect(within(dialog).getByLabelText(/Transaction hash/)).toHaveAccessibleDescription(
      /The hash must not be empty; leave it out to execute without a hash/,
    );
  });

  it('a proxy error page instead of an answer may have executed: no blind retry', async () => {
    const { alert } = await alertFor(() => htmlErrorResponse(502));
    expect(alert).toHaveTextContent('No answer from Rampdesk’s server');
    expect(alert).toHaveTextContent('may have reached it');
  });

  it('an answer the page cannot read may have executed', async () => {
    const { alert } = await alertFor(() => HttpResponse.json({ unexpected: true }));
    expect(alert).toHaveTextContent('The answer could not be read');
    expect(alert).toHaveTextContent('the execute may have succeeded');
  });
});
