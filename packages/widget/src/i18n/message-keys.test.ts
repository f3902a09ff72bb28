import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MESSAGE_KEYS, type MessageKind, type SiteConfig } from '@npskit/core';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LOCALES } from './built-in-locales';
import { en } from './en';
import { loadMessages } from './load-messages';
import type { Messages } from './messages';

// @npskit/core's MESSAGE_KEYS is what site configurations (and the survey editor) may override: it must name
// exactly the keys of the widget's Messages, with the same kinds, and every placeholder the widget's texts use.
const kindOf = (key: string, value: unknown): MessageKind => {
  if (typeof value === 'string') return 'text';
  if (key === 'reasons') return 'tags';
  return Object.hasOwn(value as object, 'other') ? 'plural' : 'byCategory';
};
const texts = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.values(value as Record<string, unknown>).flatMap(texts);

describe('MESSAGE_KEYS from @npskit/core', () => {
  it('names every key of Messages, and no other', () => {
    expect(Object.keys(MESSAGE_KEYS).sort()).toEqual(Object.keys(en).sort());
  });

  it('gives each key the kind of its built-in value', () => {
    for (const key of Object.keys(en) as (keyof Messages)[]) {
      expect(MESSAGE_KEYS[key]?.kind, key).toBe(kindOf(key, en[key]));
    }
    expect(Object.keys(en.followUp).sort()).toEqual(['detractor', 'passive', 'promoter']);
  });

  it('lists every placeholder a built-in text of any language uses', async () => {
    for (const code of BUILT_IN_LOCALES) {
      const messages = await loadMessages(code);
      for (const key of Object.keys(messages) as (keyof Messages)[]) {
        for (const text of texts(messages[key])) {
          for (const [, name] of text.matchAll(/\{([A-Za-z0-9_]+)\}/g)) {
            expect(MESSAGE_KEYS[key]?.placeholders, `${code}.${key} uses {${name}}`).toContain(name);
          }
        }
      }
    }
  });

  it('is what the documented site configuration overrides, and only where a text differs from the built-in one', async () => {
    const example = JSON.parse(
      readFileSync(resolve(process.cwd(), '../../docs/site-config.example.json'), 'utf8'),
    ) as SiteConfig;
    let count = 0;
    for (const survey of example.surveys) {
      for (const [locale, override] of Object.entries(survey.messages ?? {})) {
        const builtIn = (await loadMessages(locale)) as unknown as Record<string, string | Record<string, string>>;
        for (const [key, value] of Object.entries(override)) {
          const flat = typeof value === 'string' ? { '': value } : (value as Record<string, string>);
          for (const [sub, text] of Object.entries(flat)) {
            const base = sub ? (builtIn[key] as Record<string, string>)[sub] : builtIn[key];
            expect(
              text,
              `${survey.id}.messages.${locale}.${key}${sub && `.${sub}`} repeats the built-in text`,
            ).not.toBe(base);
            count++;
          }
        }
      }
    }
    expect(count).toBeGreaterThan(0);
  });
});
