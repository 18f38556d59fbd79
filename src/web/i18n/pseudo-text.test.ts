import { describe, expect, it } from 'vitest';
import { pseudoText } from './pseudo-text';

describe('pseudoText', () => {
  it('accents every letter it can and makes a label about 30% longer', () => {
    expect(pseudoText('Sign out')).toBe('Sígñ óút~~~');
    expect(pseudoText('Queues')).toBe('Qúéúés~~');
  });

  it('leaves blank text alone', () => {
    expect(pseudoText('  ')).toBe('  ');
  });

  it('pads a long message with words that can wrap, never one run longer than a long word', () => {
    const message = 'Pays the user’s bank account, after a review step.';
    const padded = pseudoText(message);
    expect(padded.length).toBeGreaterThanOrEqual(Math.round(message.length * 1.3));
    expect(padded).toMatch(/^Páýs thé úsér’s báñk áççóúñt, áftér á révíéw stép\.~{8}( ~{1,8})+$/);
    expect(Math.max(...padded.split(' ').map((word) => word.length))).toBeLessThanOrEqual(
      'áççóúñt,'.length + 8,
    );
  });
});
