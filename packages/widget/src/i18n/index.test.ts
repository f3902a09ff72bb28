import { describe, expect, it } from 'vitest';
import * as i18n from './index';

describe('i18n module', () => {
  it('exports exactly the documented API', () => {
    expect(Object.keys(i18n).sort()).toEqual([
      'BUILT_IN_LOCALES',
      'DEFAULT_LOCALE',
      'directionOf',
      'en',
      'formatMessage',
      'formatNumber',
      'formatPlural',
      'isRtl',
      'loadMessages',
      'negotiateLocale',
      'resolveMessages',
    ]);
  });

  it('lists the locales the issue requires, and English first', () => {
    expect(i18n.BUILT_IN_LOCALES[0]).toBe('en');
    for (const code of ['tr', 'pl', 'fa', 'ar', 'he', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'ja']) {
      expect(i18n.BUILT_IN_LOCALES).toContain(code);
    }
  });
});
