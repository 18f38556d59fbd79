/**
 * What a password an agent chooses must be (docs/security.md A6), after NIST SP 800-63B-4: long
 * enough, no composition rules, and not one an attacker tries early: on lists of common and
 * breached passwords, made of the agent's own email or name or the service's, or repeats,
 * sequences and keyboard walks. zxcvbn-ts finds all of these with its common-passwords dictionary;
 * loaded on first use, since it takes a noticeable moment and is needed only here.
 */
import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import { CHOSEN_PASSWORD_MIN_LENGTH, passwordLength } from '../../contract/auth';

/**
 * zxcvbn's top score, an estimate of at least 10^10 guesses. Below it (checked: "iloveyou
 * iloveyou", "summer2024summer", "Nina Okafor Nina Okafor", "monkey123456789!") the password is
 * mostly common passwords, the agent's own details or patterns, however long.
 */
const MIN_SCORE = 4;
/** Context-specific words (NIST names "the name of the service"). */
const SERVICE_WORDS = ['rampdesk', 'capa'];

let factory: Promise<ZxcvbnFactory> | undefined;

function checker(): Promise<ZxcvbnFactory> {
  factory ??= (async () => {
    const [{ ZxcvbnFactory }, common] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
    ]);
    return new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
  })();
  // A failed load is tried again by the next change, not remembered.
  factory.catch(() => (factory = undefined));
  return factory;
}

export interface PasswordOwner {
  email: string;
  displayName: string;
}

/** The words of an agent's email and name that a password must not lean on. */
function ownWords({ email, displayName }: PasswordOwner): string[] {
  const words = [email, ...email.split(/[@._+-]/), displayName, ...displayName.split(/\s+/)];
  return [...new Set(words.map((w) => w.trim().toLowerCase()).filter((w) => w.length >= 3))];
}

/** Why zxcvbn rated it weak, in words an agent can act on. */
function explain(result: ZxcvbnResult): string {
  const patterns = result.sequence.map((match) => [match.pattern, String(match['dictionaryName'] ?? '')]);
  if (patterns.some(([, dictionary]) => dictionary === 'userInputs')) {
    return 'is too close to your email address, your name or Rampdesk’s name';
  }
  if (patterns.some(([pattern]) => pattern === 'dictionary')) {
    return 'is too common: it is on the lists of passwords attackers try first';
  }
  if (patterns.some(([pattern]) => ['repeat', 'sequence', 'spatial'].includes(pattern!))) {
    return 'is too easy to guess: it is made of repeated characters, a sequence or a keyboard pattern';
  }
  return 'is too easy to guess: try a few unrelated words of your own';
}

/**
 * Null when `password` may be chosen; else why not, as the end of a sentence starting "The new
 * password ..." (too short / the current one / contains your email or name / too common).
 */
export async function weakPasswordReason(
  password: string,
  owner: PasswordOwner,
  current: string,
): Promise<string | null> {
  const length = passwordLength(password);
  if (length < CHOSEN_PASSWORD_MIN_LENGTH) {
    return `is too short: use at least ${CHOSEN_PASSWORD_MIN_LENGTH} characters (it has ${length})`;
  }
  if (password.normalize('NFKC') === current.normalize('NFKC')) {
    return 'is the one you have now: choose a different one';
  }
  // Letters and digits only, so "nina-okafor" still finds "nina.okafor@…".
  const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const localPart = bare(owner.email.split('@')[0]!);
  if (
    password.toLowerCase().includes(owner.email) ||
    (localPart.length >= 4 && bare(password).includes(localPart))
  ) {
    return 'contains your email address';
  }
  const name = bare(owner.displayName);
  if (name.length >= 4 && bare(password).includes(name)) return 'contains your name';
  const result = (await checker()).check(password, [...ownWords(owner), ...SERVICE_WORDS]);
  return result.score >= MIN_SCORE ? null : explain(result);
}
