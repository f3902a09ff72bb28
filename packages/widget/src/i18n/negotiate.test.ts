import { describe, expect, it } from 'vitest';
import { BUILT_IN_LOCALES } from './built-in-locales';
import { negotiateLocale } from './negotiate';

// The minimum set, spelled out so these cases test negotiation, not which files exist.
const LOCALES = ['en', 'tr', 'pl', 'fa', 'ar', 'he', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'ja'];

describe('negotiateLocale', () => {
  it('falls back from a regional tag to its language (RFC 4647 lookup)', () => {
    expect(negotiateLocale(['pt-BR'], LOCALES)).toBe('pt');
    expect(negotiateLocale(['de-CH-1996'], LOCALES)).toBe('de');
    expect(negotiateLocale(['fa-IR'], LOCALES)).toBe('fa');
  });

  it('ignores case in requested and available tags and returns the available spelling', () => {
    expect(negotiateLocale(['EN-gb'], LOCALES)).toBe('en');
    expect(negotiateLocale(['pt-br'], ['en', 'PT-BR', 'pt'])).toBe('PT-BR');
    expect(negotiateLocale(['TR'], ['en', 'tr'])).toBe('tr');
  });

  it('takes the first requested tag that matches, in order', () => {
    expect(negotiateLocale(['xx-YY', 'pl-PL', 'de'], LOCALES)).toBe('pl');
    expect(negotiateLocale(['it', 'fr'], LOCALES)).toBe('it');
  });

  it('prefers the exact region over the bare language when both are available', () => {
    expect(negotiateLocale(['pt-BR'], ['pt', 'pt-BR'])).toBe('pt-BR');
    expect(negotiateLocale(['pt-PT'], ['pt', 'pt-BR'])).toBe('pt');
  });

  it('reaches Chinese from a script or region tag, or falls back', () => {
    expect(negotiateLocale(['zh-Hant-TW'], ['en', 'zh'])).toBe('zh');
    expect(negotiateLocale(['zh-TW'], ['en', 'zh-Hans', 'zh-Hant'])).toBe('zh-Hant');
    expect(negotiateLocale(['zh-Hant-TW'], ['en', 'de'])).toBe('en');
  });

  it('drops extensions and private-use subtags before matching', () => {
    expect(negotiateLocale(['fa-IR-u-nu-latn'], LOCALES)).toBe('fa');
    expect(negotiateLocale(['he-x-test'], LOCALES)).toBe('he');
  });

  it('skips garbage, wildcards and non-strings instead of throwing', () => {
    const hostile = ['', '*', 'not a tag!', '-', 'en_US', 42, null, {}, 'x'.repeat(500), 'tr'] as unknown as string[];
    expect(negotiateLocale(hostile, LOCALES)).toBe('tr');
    expect(negotiateLocale(['<script>', '../../etc'], LOCALES)).toBe('en');
  });

  it('returns the fallback for an empty list or no match', () => {
    expect(negotiateLocale([], LOCALES)).toBe('en');
    expect(negotiateLocale(['xx'], LOCALES)).toBe('en');
    expect(negotiateLocale(['xx'], BUILT_IN_LOCALES, 'de')).toBe('de');
    expect(negotiateLocale(undefined as unknown as string[], LOCALES)).toBe('en');
  });

  it('negotiates against the built-in locales by default', () => {
    for (const code of BUILT_IN_LOCALES) expect(negotiateLocale([`${code.toUpperCase()}-ZZ`])).toBe(code);
    expect(negotiateLocale(['xx-YY'])).toBe('en');
    expect(negotiateLocale(['zh-TW'])).toBe('zh-Hant');
    expect(negotiateLocale(['zh-HK'])).toBe('zh-Hant');
    expect(negotiateLocale(['zh-CN'])).toBe('zh');
    expect(negotiateLocale(['zh-Hans-SG'])).toBe('zh');
  });

  it('accepts a single tag and a navigator.languages-like list', () => {
    expect(negotiateLocale('pl-PL', LOCALES)).toBe('pl');
    expect(negotiateLocale(Object.freeze(['fr-CA', 'en-US']), LOCALES)).toBe('fr');
  });

  it('serves Bokmål to every Norwegian tag', () => {
    expect(negotiateLocale(['no-NO'])).toBe('nb');
    expect(negotiateLocale(['nn', 'en'])).toBe('nb');
    expect(negotiateLocale(['nb-NO'])).toBe('nb');
    expect(negotiateLocale(['nn'], ['en', 'nn', 'nb'])).toBe('nn');
  });

  it('maps deprecated codes to their current ones (iw → he)', () => {
    expect(negotiateLocale(['iw-IL'], LOCALES)).toBe('he');
  });
});
