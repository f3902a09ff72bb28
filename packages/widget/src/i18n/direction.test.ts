import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILT_IN_LOCALES } from './built-in-locales';
import { directionOf, isRtl } from './direction';

describe('isRtl', () => {
  it('is true for right-to-left languages', () => {
    for (const tag of ['fa', 'ar', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi', 'fa-IR', 'ar-EG', 'iw']) {
      expect(isRtl(tag), tag).toBe(true);
    }
  });

  it('is false for left-to-right languages', () => {
    for (const tag of ['tr', 'pl', 'en', 'de', 'ja', 'ru', 'zh-Hant-TW']) {
      expect(isRtl(tag), tag).toBe(false);
    }
  });

  it('follows an explicit script subtag', () => {
    expect(isRtl('az-Arab')).toBe(true);
    expect(isRtl('pa-Arab')).toBe(true);
    expect(isRtl('uz-Latn')).toBe(false);
    expect(isRtl('ku-Arab')).toBe(true);
  });

  it('answers every built-in language without ICU lookups (text info and maximize() load locale data)', () => {
    const proto = Intl.Locale.prototype;
    const maximize = vi.spyOn(proto, 'maximize');
    // Node 20 has the older `textInfo` getter; count its reads too.
    const textInfo = Object.getOwnPropertyDescriptor(proto, 'textInfo');
    let infoReads = 0;
    if (textInfo?.get) {
      const get = textInfo.get;
      Object.defineProperty(proto, 'textInfo', {
        configurable: true,
        get(this: Intl.Locale) {
          infoReads++;
          return get.call(this);
        },
      });
    }
    const rtl = new Set(['ar', 'fa', 'he', 'ur']);
    try {
      for (const code of BUILT_IN_LOCALES) expect(isRtl(code), code).toBe(rtl.has(code));
      expect(maximize).not.toHaveBeenCalled();
      expect(infoReads).toBe(0);
      // The check can fail: a language outside the lists does ask the engine.
      isRtl('sw');
      expect(maximize.mock.calls.length + infoReads).toBeGreaterThan(0);
    } finally {
      maximize.mockRestore();
      if (textInfo) Object.defineProperty(proto, 'textInfo', textInfo);
    }
  });

  it('is false for an invalid tag', () => {
    expect(isRtl('not a tag!')).toBe(false);
    expect(directionOf('')).toBe('ltr');
    expect(directionOf('he')).toBe('rtl');
  });
});

describe('isRtl on engines with other Intl.Locale text info', () => {
  const proto = Intl.Locale.prototype as unknown as Record<string, unknown>;
  const saved = Object.getOwnPropertyDescriptor(proto, 'textInfo');
  afterEach(() => {
    delete proto['getTextInfo'];
    if (saved) Object.defineProperty(proto, 'textInfo', saved);
    else delete proto['textInfo'];
  });

  it('falls back to the language list and likely script without text info (Firefox, older Safari)', () => {
    Object.defineProperty(proto, 'textInfo', { configurable: true, get: () => undefined });
    for (const tag of ['fa', 'ar', 'he', 'ur', 'ps', 'dv', 'ug', 'syr']) expect(isRtl(tag), tag).toBe(true);
    for (const tag of ['tr', 'pl', 'en', 'ja']) expect(isRtl(tag), tag).toBe(false);
  });

  it('uses getTextInfo() where the engine has the method (current Chromium)', () => {
    Object.defineProperty(proto, 'textInfo', { configurable: true, get: () => undefined });
    Object.defineProperty(proto, 'getTextInfo', {
      configurable: true,
      value(this: Intl.Locale) {
        return { direction: this.language === 'xqq' ? 'rtl' : 'ltr' };
      },
    });
    expect(isRtl('xqq')).toBe(true);
    expect(isRtl('tr')).toBe(false);
  });
});
