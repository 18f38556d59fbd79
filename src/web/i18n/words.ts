/**
 * The words for Capa's and Rampdesk's codes in the agent's language (issue 17), read from the
 * `words` catalog at call time, never at module load (a constant would keep the first language).
 * The contract modules keep the same English for the BFF (API clients, logs, the CSV export);
 * words.test.ts holds the two equal. A code no list knows yet falls back as the contract does:
 * an unknown status shows as itself, an unknown error code humanised, an unknown reason sentence
 * as Capa wrote it (docs/architecture.md, "Words, not codes").
 */
import type { AgentRole } from '../../contract/agent-roles';
import type { AuditOutcome } from '../../contract/audit-api';
import { FIAT_CURRENCY_NAMES, TYPE_LABELS } from '../../contract/enums';
import { isExecutableStatus } from '../../contract/executable-statuses';
import { humaniseCode, unknownReasonSummary } from '../../contract/humanise-code';
import { isTransactionStatus } from '../../contract/status-codes';
import type { StatusGroup } from '../../contract/statuses';
import { hasMessage, translate, type MessageKey, type MessageValues } from './i18n';

/** A key built from a code: the lists it comes from are checked against both catalogs (words.test.ts). */
function word(key: string, values?: MessageValues): string {
  return translate(key as MessageKey, values);
}

/** "Crypto received" for CRYPTO_RECEIVED; a status Capa adds later shows as itself. */
export function statusLabel(status: string): string {
  return isTransactionStatus(status) ? word(`words.status.${status}.label`) : status;
}

/** What the status means for the user, in one sentence (the badge's title, the drawer). */
export function statusExplanation(status: string): string {
  return word(
    isTransactionStatus(status) ? `words.status.${status}.explanation` : 'words.statusUnknown.explanation',
  );
}

/** What usually comes next, and who acts. */
export function statusNextStep(status: string): string {
  return word(
    isTransactionStatus(status) ? `words.status.${status}.nextStep` : 'words.statusUnknown.nextStep',
  );
}

/**
 * The explanation once Rampdesk executed the off-ramp and Capa still shows a status an execute
 * starts from (contract/execute.ts, executedStatusFacts); null when the status's own words hold.
 */
export function executedStatusWords(status: string): { meaning: string; next: string } | null {
  if (!isExecutableStatus(status)) return null;
  return {
    meaning: word('words.executed.explanation', { status: statusLabel(status) }),
    next: word('words.executed.nextStep'),
  };
}

/** "Waiting for funds": a group of the status filter. */
export function statusGroupLabel(group: StatusGroup): string {
  return word(`words.statusGroup.${group}`);
}

/** Words for an error code, Rampdesk's or Capa's; one no table knows yet is humanised. */
export function codeWords(code: string): string {
  return hasMessage(`words.code.${code}`) ? word(`words.code.${code}`) : humaniseCode(code);
}

/** The catalog key part of a cancellation reason: the code, or the sentence in PascalCase. */
export function reasonKey(reason: string): string {
  return /^[A-Z][A-Z0-9_]*$/.test(reason)
    ? reason
    : reason.replace(/(?:^|[^A-Za-z0-9]+)([A-Za-z0-9]?)/g, (_, c: string) => c.toUpperCase());
}

/** Why Capa cancelled, in one sentence, with the agent's next step. */
export function reasonWords(reason: string): { summary: string; next: string } {
  const key = reasonKey(reason);
  if (hasMessage(`words.reason.${key}.text`)) {
    return { summary: word(`words.reason.${key}.text`), next: word(`words.reason.${key}.nextStep`) };
  }
  return { summary: unknownReasonSummary(reason), next: word('words.reasonUnknown.nextStep') };
}

/** "Off-ramp" for OFF_RAMP; a type Capa adds later shows as itself. */
export function typeLabel(type: string): string {
  return Object.hasOwn(TYPE_LABELS, type) ? word(`words.type.${type}`) : type;
}

/** "Operator": a role as a badge or a menu names it. */
export function roleLabel(role: AgentRole): string {
  return word(`words.role.${role}`);
}

/** "Outcome unknown": an audit entry's outcome. */
export function outcomeLabel(outcome: AuditOutcome): string {
  return word(`words.outcome.${outcome}`);
}

/** "Mexican peso" for MXN; a currency no list knows shows as its code. */
export function currencyName(code: string): string {
  return Object.hasOwn(FIAT_CURRENCY_NAMES, code) ? word(`words.currency.${code}`) : code;
}
