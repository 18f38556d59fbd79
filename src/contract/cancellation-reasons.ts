import { UPSTREAM_CODE_PATTERN } from './capa-error';
import { unknownReasonSummary } from './humanise-code';

/**
 * Why Capa cancelled a transaction, in words for the agent, with what to do next. Keyed by what
 * Capa sends in `cancellationReason`: an upper-snake code (NAME_VERIFICATION_FAILED, the reason
 * Capa's notes give for a failed bank-ownership check) or a sentence (the list page's example,
 * "Transaction cancelled by user"). The other codes are the ones the sandbox seeds
 * (docs/capa-api.md, "Cancellation reasons"); Capa publishes no full list.
 */
export interface CancellationWords {
  /** What happened, in one sentence. */
  summary: string;
  /** What the agent does or tells the user. */
  next: string;
}

export const CANCELLATION_REASONS: Record<string, CancellationWords> = {
  NAME_VERIFICATION_FAILED: {
    summary: "The name on the bank account does not match the user's verified name.",
    next: 'Ask the user for an account in their own name, then have them start a new transaction to it.',
  },
  'Transaction cancelled by user': {
    summary: 'The user cancelled the transaction.',
    next: 'Nothing to do unless the user wants to try again: they start a new transaction.',
  },
  QUOTE_EXPIRED: {
    summary: 'The quoted price ran out before the transaction went through.',
    next: 'The user starts a new transaction to get a fresh quote.',
  },
  COMPLIANCE_REJECTED: {
    summary: "Capa's compliance checks refused the transaction.",
    next: 'Do not share compliance details with the user; escalate to Capa with the transaction id if they ask.',
  },
  BANK_ACCOUNT_INVALID: {
    summary: 'The bank account details were not accepted by the bank.',
    next: 'Ask the user to check the account number and bank, then start a new transaction.',
  },
};

/** Every code Rampdesk has words for (the sentence-shaped reasons are words already). */
export const CANCELLATION_CODES = Object.keys(CANCELLATION_REASONS).filter((key) =>
  UPSTREAM_CODE_PATTERN.test(key),
);

/**
 * Words for any reason. An unknown code reads humanised with a generic next step; an unknown
 * sentence is Capa's own words, shown as they are (the raw value stays on its copy button).
 */
export function cancellationWords(reason: string): CancellationWords {
  if (Object.hasOwn(CANCELLATION_REASONS, reason)) return CANCELLATION_REASONS[reason]!;
  return {
    summary: unknownReasonSummary(reason),
    next: 'Rampdesk has no advice for this reason yet: escalate to Capa with the transaction id and the reason code.',
  };
}
