import { describe, expect, it } from 'vitest';
import { DEFAULT_REASONS } from '../options';
import { BUILT_IN_LOCALES } from './built-in-locales';
import { en } from './en';
import { loadMessages } from './load-messages';
import type { Messages } from './messages';

const PLURAL_KEYS = new Set(['charactersLeft', 'autoClose']);
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Every string in a messages object with its dotted path. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [[path, String(value)]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{[a-z]+\}/gi) ?? [])].sort();
}

const all = await Promise.all(BUILT_IN_LOCALES.map(async (code) => [code, await loadMessages(code)] as const));

describe.each(all)('locale %s', (code, messages: Messages) => {
  it('has every key of en, and no keys en lacks (except plural categories)', () => {
    for (const [path] of leaves(en)) {
      const [key] = path.split('.');
      if (PLURAL_KEYS.has(key!) && !path.endsWith('.other')) continue;
      expect(
        leaves(messages).map(([p]) => p),
        `${code} misses ${path}`,
      ).toContain(path);
    }
    for (const [path] of leaves(messages)) {
      const [key, sub] = path.split('.');
      if (PLURAL_KEYS.has(key!)) expect(PLURAL_CATEGORIES, `${code}.${path}`).toContain(sub);
      else
        expect(
          leaves(en).map(([p]) => p),
          `${code} has extra ${path}`,
        ).toContain(path);
    }
  });

  it('has no empty strings and no stray whitespace', () => {
    for (const [path, text] of leaves(messages)) {
      expect(text.trim(), `${code}.${path}`).not.toBe('');
      expect(text, `${code}.${path}`).toBe(text.trim());
    }
  });

  it('keeps the placeholders of en', () => {
    const ownLeaves = new Map(leaves(messages));
    for (const [path, text] of leaves(en)) {
      const expected = placeholders(text);
      const [key] = path.split('.');
      if (PLURAL_KEYS.has(key!)) {
        // Arabic and Hebrew say one and two in words ("حرفان"), so only `other` must show the number.
        for (const [p, t] of ownLeaves) {
          if (!p.startsWith(`${key}.`)) continue;
          if (p.endsWith('.other')) expect(placeholders(t), `${code}.${p}`).toEqual(['{count}']);
          else expect(['{count}'], `${code}.${p}`).toEqual(expect.arrayContaining(placeholders(t)));
        }
        continue;
      }
      expect(placeholders(ownLeaves.get(path) ?? ''), `${code}.${path}`).toEqual(expected);
    }
    expect(placeholders(messages.question)).toEqual(['{product}']);
    expect(placeholders(messages.scaleHint)).toEqual(['{high}', '{low}', '{max}', '{min}']);
  });

  it('has a plural form for every category the language uses', () => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    for (const key of PLURAL_KEYS) {
      const message = messages[key as 'charactersLeft' | 'autoClose'];
      // French, Spanish, Italian and Portuguese "many" is for millions only; `other` covers it correctly.
      const needed = categories.filter((c) => c !== 'many' || ['pl', 'ru', 'uk', 'cs', 'ar'].includes(code));
      for (const category of needed) expect(message[category], `${code}.${key}.${category}`).toBeTruthy();
    }
  });
});

describe('reason labels', () => {
  it('label every default reason tag of the widget in English (and so, by the test above, everywhere)', () => {
    for (const tag of Object.values(DEFAULT_REASONS).flat()) expect(Object.keys(en.reasons)).toContain(tag);
  });
});

describe('loadMessages', () => {
  it('returns English, bundled, for en', async () => {
    expect(await loadMessages('en')).toBe(en);
    expect(await loadMessages('en-US')).toBe(en);
  });

  it('loads the requested locale, also from a regional tag', async () => {
    expect((await loadMessages('tr')).submit).toBe('Gönder');
    expect((await loadMessages('pl-PL')).close).toBe('Zamknij');
    expect((await loadMessages('FA-ir')).close).toBe('بستن');
  });

  it('falls back to English for an unknown or invalid locale', async () => {
    expect(await loadMessages('xx')).toBe(en);
    expect(await loadMessages('not a locale!')).toBe(en);
    expect(await loadMessages('__proto__')).toBe(en);
  });

  it('gives every built-in locale its own text', () => {
    const questions = new Set(all.map(([, messages]) => messages.question));
    expect(questions.size).toBe(BUILT_IN_LOCALES.length);
  });
});
