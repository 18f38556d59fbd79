import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { messages as en } from './catalogs/en';
import { messages as es } from './catalogs/es';

/** The names a message fills in (`{name}`, `{count, plural, …}`), at any depth. */
function argumentsOf(message: CompiledMessage, into = new Set<string>()): Set<string> {
  for (const token of message) {
    if (typeof token === 'string') continue;
    const [name, , format] = token;
    into.add(name);
    if (format && typeof format === 'object') {
      for (const [choice, value] of Object.entries(format)) {
        if (choice !== 'offset' && Array.isArray(value)) argumentsOf(value as CompiledMessage, into);
      }
    }
  }
  return into;
}

describe('catalogs', () => {
  it('Spanish has every English key and no other (a missing translation fails here)', () => {
    const english = Object.keys(en).sort();
    const spanish = Object.keys(es).sort();
    expect(spanish.filter((k) => !english.includes(k))).toEqual([]);
    expect(english.filter((k) => !spanish.includes(k))).toEqual([]);
  });

  it('every message is valid ICU MessageFormat and no translation is left empty', () => {
    for (const catalog of [en, es] as Record<string, string>[]) {
      for (const [key, message] of Object.entries(catalog)) {
        expect(message.trim(), key).not.toBe('');
        expect(() => compileMessageOrThrow(message), key).not.toThrow();
      }
    }
  });

  it('a translation fills in the same values as the English message', () => {
    const spanish = es as Record<string, string>;
    for (const [key, message] of Object.entries(en as Record<string, string>)) {
      const expected = [...argumentsOf(compileMessageOrThrow(message))].sort();
      expect([...argumentsOf(compileMessageOrThrow(spanish[key]!))].sort(), key).toEqual(expected);
    }
  });

  it('keys are namespaced by their area (`queues.title`), so two areas never share one', () => {
    // Underscores only in a code used as a key part (`words.status.CRYPTO_RECEIVED.label`).
    for (const key of Object.keys(en)) expect(key).toMatch(/^[a-z]+\.[A-Za-z0-9_.]+$/);
  });
});
