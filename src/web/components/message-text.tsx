import { Fragment, type ReactNode } from 'react';
import { isTransactionStatus, TRANSACTION_STATUSES } from '../../contract/status-codes';
import { messageKeysUnder } from '../i18n/i18n';
import { useLocale } from '../i18n/use-t';
import { codeWords, statusLabel } from '../i18n/words';
import { DateTime } from './date-time';

const ISO_TIME = String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})`;
const tokens = new WeakMap<readonly string[], RegExp>();

/** Instants and every code the catalog has words for (statuses, error codes), longest first. */
function tokenPattern(): RegExp {
  const codes = messageKeysUnder('words.code.');
  let pattern = tokens.get(codes);
  if (!pattern) {
    const all = [...TRANSACTION_STATUSES, ...codes].sort((a, b) => b.length - a.length);
    pattern = new RegExp(`(${ISO_TIME})|\\b(${all.join('|')})\\b`, 'g');
    tokens.set(codes, pattern);
  }
  return pattern;
}

function wordsFor(code: string): string {
  return isTransactionStatus(code) ? statusLabel(code) : codeWords(code);
}

/**
 * A sentence the BFF wrote (an error, an audit answer) as agents should read it: instants in the
 * agent's time (UTC on hover), statuses and codes as words. Sentences the BFF writes now use words
 * already; audit entries are kept as written, so older ones ("now PENDING", an ISO instant) are
 * put in words here when shown, in the agent's language. The text itself is React text: never HTML.
 */
export function MessageText({ text }: { text: string }) {
  useLocale();
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(tokenPattern())) {
    const [token, iso, code] = match;
    const at = match.index;
    if (at > last) parts.push(text.slice(last, at));
    if (iso) parts.push(<DateTime key={at} iso={iso} />);
    else if (code) parts.push(<Fragment key={at}>{wordsFor(code)}</Fragment>);
    last = at + token.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
