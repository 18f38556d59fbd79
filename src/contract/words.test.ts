import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from './api';
import { CANCELLATION_CODES, CANCELLATION_REASONS, cancellationWords } from './cancellation-reasons';
import { CAPA_ERROR_CODES } from './capa';
import { CODE_WORDS, codeWords } from './code-words';
import { EXECUTABLE_STATUSES, executedStatusFacts } from './execute';
import { TRANSACTION_STATUSES, statusFacts } from './statuses';

const CODE_LIKE = /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/;

describe('words for codes', () => {
  it('has words, not a code, for every API error code and every code Capa documents', () => {
    for (const code of [...API_ERROR_CODES, ...Object.keys(CAPA_ERROR_CODES)]) {
      expect(Object.hasOwn(CODE_WORDS, code), code).toBe(true);
      expect(codeWords(code)).not.toMatch(CODE_LIKE);
    }
  });

  it('humanises a code it does not know', () => {
    expect(codeWords('SOMETHING_NEW_HAPPENED')).toBe('Something new happened');
  });
});

describe('cancellation reasons', () => {
  it('gives every documented reason a plain sentence and a next step, without the code', () => {
    // Capa's notes name NAME_VERIFICATION_FAILED; its list page's example is a sentence.
    expect(CANCELLATION_CODES).toContain('NAME_VERIFICATION_FAILED');
    expect(Object.keys(CANCELLATION_REASONS)).toContain('Transaction cancelled by user');
    for (const [reason, words] of Object.entries(CANCELLATION_REASONS)) {
      expect(words.summary, reason).toMatch(/^[A-Z].*\.$/);
      expect(words.next, reason).toMatch(/^[A-Z].*\.$/);
      expect(`${words.summary} ${words.next}`).not.toMatch(CODE_LIKE);
    }
    expect(cancellationWords('NAME_VERIFICATION_FAILED').summary).toBe(
      "The name on the bank account does not match the user's verified name.",
    );
  });

  it('falls back to the humanised code, or to Capa’s own sentence, with a generic next step', () => {
    expect(cancellationWords('LIMIT_EXCEEDED').summary).toBe('Limit exceeded.');
    expect(cancellationWords('Bank closed the account').summary).toBe('Bank closed the account');
    expect(cancellationWords('LIMIT_EXCEEDED').next).toMatch(/escalate to Capa/);
  });
});

describe('status explanation after Rampdesk executed', () => {
  it('never says an executed off-ramp still waits to be executed', () => {
    for (const status of EXECUTABLE_STATUSES) {
      const facts = executedStatusFacts(status)!;
      expect(facts.meaning).toContain(
        `Executed through Rampdesk; Capa still shows it as ${statusFacts(status).label}`,
      );
      expect(`${facts.meaning} ${facts.next}`).not.toMatch(/until it is executed|executes the off-ramp/);
    }
    // Once Capa moved it on, the status's own words hold.
    for (const status of TRANSACTION_STATUSES.filter(
      (s) => !(EXECUTABLE_STATUSES as readonly string[]).includes(s),
    ))
      expect(executedStatusFacts(status)).toBeNull();
  });
});
