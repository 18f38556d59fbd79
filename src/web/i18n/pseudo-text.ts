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

export function pseudoText(text: string): string {
  if (!text.trim()) return text;
  const accented = text.replace(/[aeioucnyAEIOUCNY]/g, (c) => ACCENTED[c] ?? c);
  const padding = '~'.repeat(Math.ceil(text.length * 0.3));
  return `${accented}${padding}`;
}
