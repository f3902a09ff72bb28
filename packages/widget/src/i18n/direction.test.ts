import { describe, expect, it } from 'vitest';
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

  it('is false for an invalid tag', () => {
    expect(isRtl('not a tag!')).toBe(false);
    expect(directionOf('')).toBe('ltr');
    expect(directionOf('he')).toBe('rtl');
  });
});
