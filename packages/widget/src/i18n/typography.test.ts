import { describe, expect, it } from 'vitest';
import { ar } from './ar';
import { fa } from './fa';
import { fr } from './fr';
import { ja } from './ja';
import type { Messages } from './messages';
import { tr } from './tr';
import { ur } from './ur';
import { zh } from './zh';
import { zhHant } from './zh-hant';

function texts(messages: Messages): string[] {
  const all: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') all.push(value);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(messages);
  return all;
}

describe('typography of the built-in locales', () => {
  it('uses Arabic-script punctuation in Persian, Arabic and Urdu', () => {
    for (const messages of [fa, ar, ur]) {
      for (const text of texts(messages)) {
        expect(text, text).not.toMatch(/[?;]/);
        expect(text, `${text} should use ، not ,`).not.toMatch(/,/);
      }
      expect(messages.question.endsWith('؟')).toBe(true);
    }
  });

  it('joins Persian verb prefixes and suffixes with a zero-width non-joiner, never a space or nothing', () => {
    const all = texts(fa).join('\n');
    expect(fa.contactQuestion).toContain('می\u200cدهید');
    // "می" as a verb prefix written apart ("می دهید") or glued ("میدهید") are both spelling errors.
    expect(all).not.toMatch(/(^|[\s(])می [\u0600-\u06FF]/m);
    expect(all).not.toMatch(/(^|[\s(])می(دهید|کنید|کند|شود|گیریم|گذارید|توانید)/m);
  });

  it('uses a narrow no-break space before French ? and !', () => {
    for (const text of texts(fr)) expect(text, text).not.toMatch(/(\S|[ \u00a0])[?!]/);
  });

  it('uses full-width punctuation in Japanese and Chinese', () => {
    for (const messages of [ja, zh, zhHant]) {
      for (const text of texts(messages)) expect(text, text).not.toMatch(/[?!(),]/);
    }
  });

  it('writes the Turkish dotted capital İ where Turkish has it', () => {
    // Turkish "I" is the capital of ı, which vowel harmony pairs with back vowels; a capital I in a word with front
    // vowels (i, e) is an İ typed wrongly, as "Iletişim" for "İletişim" would be.
    for (const text of texts(tr)) expect(text, text).not.toMatch(/\bI[a-zçğöşü]*[ie]/);
    // What docs/languages.md tells sites that upper-case text themselves.
    expect('iletişim'.toLocaleUpperCase('tr')).toBe('İLETİŞİM');
  });
});
