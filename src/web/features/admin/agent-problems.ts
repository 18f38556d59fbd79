import { translate, type MessageKey } from '../../i18n/i18n';
import { ApiRequestError, isForbidden } from '../../lib/api-client';
import { forbiddenMessage } from '../../lib/forbidden-message';

/**
 * The BFF names what is wrong with a field in a short English phrase from the contract's schemas
 * (src/contract/auth.ts: "is required", "must be at most 100 characters"…), for API clients and
 * the agents CLI. The page shows each in the agent's language, whole ("Email is taken"); a phrase
 * it does not know is still shown, inside a sentence in that language.
 */
const PROBLEMS: readonly [RegExp, (field: string, match: RegExpMatchArray) => string][] = [
  [/^is required$/, (field) => translate('admin.problem.required', { field })],
  [/^must not be empty$/, (field) => translate('admin.problem.empty', { field })],
  [/^is taken$/, (field) => translate('admin.problem.taken', { field })],
  [/^must be an email address\b/, (field) => translate('admin.problem.email', { field })],
  [
    /^must be at most (\d+) characters$/,
    (field, m) => translate('admin.problem.tooLong', { field, max: m[1] }),
  ],
  [
    /^must be at least (\d+) characters$/,
    (field, m) => translate('admin.problem.tooShort', { field, min: m[1] }),
  ],
  [/^must be viewer, operator or admin$/, (field) => translate('admin.problem.role', { field })],
  [
    /^must not contain control characters$/,
    (field) => translate('admin.problem.controlCharacters', { field }),
  ],
];

/** "Email is taken": the field's label and the BFF's problem with it, as one sentence. */
export function fieldProblem(field: string, problem: string): string {
  for (const [pattern, words] of PROBLEMS) {
    const match = problem.match(pattern);
    if (match) return words(field, match);
  }
  return translate('admin.problem.other', { field, problem });
}

/**
 * An agent-management refusal in words, by its code (the BFF's message is English, for logs and
 * API clients). `email`: the address the admin tried to add; `ownAccount`: what an admin may not
 * do to their own account here, in the words of the action refused.
 */
export function agentErrorMessage(
  error: Error,
  { email, ownAccount = 'admin.error.ownAccount' }: { email?: string; ownAccount?: MessageKey } = {},
): string {
  if (isForbidden(error)) return forbiddenMessage(error.requiredRole, translate('admin.forbiddenAction'));
  if (!(error instanceof ApiRequestError)) return error.message;
  switch (error.code) {
    case 'AGENT_EXISTS':
      return translate('admin.error.exists', { email: email ?? '' });
    case 'VALIDATION_ERROR':
      return translate('admin.error.checkFields');
    case 'OWN_ACCOUNT_LOCKED':
      return translate(ownAccount);
    case 'AGENT_NOT_FOUND':
      return translate('admin.error.notFound');
    default:
      return error.message;
  }
}
