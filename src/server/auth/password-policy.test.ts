/** The chosen-password policy (SECURITY A6): NIST SP 800-63B-4 length, no composition, a blocklist. */
import { describe, expect, it } from 'vitest';
import { weakPasswordReason } from './password-policy';

const NINA = { email: 'nina.okafor@example.com', displayName: 'Nina Okafor' };
const CURRENT = 'Kp7vQm2xRt9wLs4nYb8z';
const reason = (password: string) => weakPasswordReason(password, NINA, CURRENT);

describe('A6: the password an agent chooses', () => {
  it.each([
    'quiet orchid ladder 1987',
    'violet tram under seven hills',
    'my cat likes warm tea',
    // No composition rules: all lower case, no digit, no symbol is fine when long and unusual.
    'glasshouse umbrella weather',
    // Any Unicode counts, one character per code point.
    'café olé ñandú güiro',
  ])('A6: accepts %j', async (password) => {
    expect(await reason(password)).toBeNull();
  });

  it('A6: needs at least 15 characters, counted as code points', async () => {
    expect(await reason('fourteen chars')).toBe('is too short: use at least 15 characters (it has 14)');
    // 14 emoji are 28 UTF-16 units but 14 characters.
    expect(await reason('🌵'.repeat(14))).toMatch(/^is too short.*\(it has 14\)$/);
  });

  it.each([
    ['password1234567890'],
    ['Password123456!'],
    ['qwertyuiopasdfghjkl'],
    ['iloveyou iloveyou'],
    ['summer2024summer'],
  ])('A6: refuses the common password %j as too common', async (password) => {
    expect(await reason(password)).toBe('is too common: it is on the lists of passwords attackers try first');
  });

  it.each([['aaaaaaaaaaaaaaaaaa'], ['abcdefghijklmnopq'], ['🙂'.repeat(16)]])(
    'A6: refuses the pattern %j as too easy to guess',
    async (password) => {
      expect(await reason(password)).toMatch(/^is too easy to guess: .*repeated characters, a sequence/);
    },
  );

  it.each([['nina.okafor@example.com1'], ['Nina-Okafor-rules-1'], ['NINAOKAFOR and more words']])(
    'A6: refuses %j, which contains the email address',
    async (password) => {
      expect(await reason(password)).toBe('contains your email address');
    },
  );

  it('A6: refuses a password that contains the whole name, whatever surrounds it', async () => {
    expect(await reason('Nina Okafor and more words')).toBe('contains your email address');
    const bo = { email: 'b.s@example.com', displayName: 'Bo Svensson' };
    expect(await weakPasswordReason('bo svensson and more', bo, CURRENT)).toBe('contains your name');
  });

  it.each([['Nina Nina Nina Nina'], ['okafor1234567890'], ['welcome to rampdesk']])(
    'A6: refuses %j, made of the agent’s name or the service’s',
    async (password) => {
      expect(await reason(password)).toBe('is too close to your email address, your name or Rampdesk’s name');
    },
  );

  it('A6: refuses the current password', async () => {
    expect(await reason(CURRENT)).toBe('is the one you have now: choose a different one');
  });
});
