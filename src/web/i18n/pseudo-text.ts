/**
 * The pseudo-locale's text: every letter accented and the text about 30% longer, so e2e finds
 * words that are cut off, overflow, or were never translated (they stay plain).
 */
const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
};

/** The longest run of padding: a translation grows by longer and more words, not by one endless word. */
const PADDING_WORD = 8;

export function pseudoText(text: string): string {
  if (!text.trim()) return text;
  const accented = text.replace(/[aeioucnyAEIOUCNY]/g, (c) => ACCENTED[c] ?? c);
  const length = Math.ceil(text.length * 0.3);
  // A long message's padding wraps like words do ("stép.~~~~~~~~ ~~~~~~~~ ~~~"): a single run of
  // 60 tildes would overflow any phone, where the Spanish sentence it stands for wraps fine.
  const words: string[] = [];
  for (let left = length; left > 0; left -= PADDING_WORD)
    words.push('~'.repeat(Math.min(left, PADDING_WORD)));
  return `${accented}${words.join(' ')}`;
}
