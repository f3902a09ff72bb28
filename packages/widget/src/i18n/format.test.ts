import { describe, expect, it } from 'vitest';
import { formatMessage, formatNumber, formatPlural, LATIN_DEFAULT } from './format';
import { pl } from './pl';

describe('formatNumber', () => {
  it('shows Persian digits for fa and Latin digits when asked', () => {
    const scale = Array.from({ length: 11 }, (_, n) => n);
    expect(scale.map((n) => formatNumber(n, 'fa')).join(' ')).toBe('۰ ۱ ۲ ۳ ۴ ۵ ۶ ۷ ۸ ۹ ۱۰');
    expect(scale.map((n) => formatNumber(n, 'fa', true)).join(' ')).toBe('0 1 2 3 4 5 6 7 8 9 10');
  });

  it('keeps other numbering systems and forces Latin over a -u-nu- extension', () => {
    expect(formatNumber(10, 'ar-EG')).toBe('١٠');
    expect(formatNumber(10, 'ar-EG', true)).toBe('10');
    expect(formatNumber(7, 'fa-u-nu-arab', true)).toBe('7');
    expect(formatNumber(1234, 'de')).toBe('1.234');
  });

  it('skips Intl for small whole numbers only where Intl would give the same digits', () => {
    // The fast path trusts that these locales default to Latin digits; Intl is the judge.
    for (const tag of LATIN_DEFAULT) {
      const intl = new Intl.NumberFormat(tag);
      for (const n of [0, 7, 10, 99, 500, 999]) expect(formatNumber(n, tag), `${tag} ${n}`).toBe(intl.format(n));
    }
    expect(LATIN_DEFAULT.has('fa')).toBe(false);
    expect(formatNumber(1000, 'en')).toBe('1,000');
    expect(formatNumber(2.5, 'de')).toBe('2,5');
  });

  it('formats as English instead of throwing for an invalid locale', () => {
    expect(formatNumber(1234, 'not a locale!')).toBe('1,234');
  });
});

describe('formatMessage', () => {
  it('replaces placeholders as plain text and leaves unknown ones alone', () => {
    expect(formatMessage('Recommend {product}? {unknown}', { product: '<b>Acme</b>' })).toBe(
      'Recommend <b>Acme</b>? {unknown}',
    );
  });

  it('does not interpret replacement patterns or inherited properties', () => {
    expect(formatMessage('{a}', { a: "$& $' $1" })).toBe("$& $' $1");
    expect(formatMessage('{toString} {constructor}', {})).toBe('{toString} {constructor}');
    expect(formatMessage('{n}/{n}', { n: 3 })).toBe('3/3');
  });
});

describe('formatMessage with isolate', () => {
  it('wraps each inserted value in bidi isolates so a Latin name keeps its direction in Persian', () => {
    const question = formatMessage(
      'چقدر احتمال دارد {product} را پیشنهاد کنید؟',
      { product: 'Acme 2.0!' },
      { isolate: true },
    );
    expect(question).toBe('چقدر احتمال دارد \u2068Acme 2.0!\u2069 را پیشنهاد کنید؟');
    expect(formatMessage('{a} {missing}', { a: 'x' }, { isolate: true })).toBe('\u2068x\u2069 {missing}');
    expect(formatMessage('{a}', { a: 'x' })).toBe('x');
  });
});

describe('formatPlural', () => {
  it('picks the Polish forms one/few/many', () => {
    const picks = [1, 2, 5, 22, 25].map((n) => formatPlural(pl.charactersLeft, n, 'pl'));
    expect(picks).toEqual([
      'Został 1 znak',
      'Zostały 2 znaki',
      'Zostało 5 znaków',
      'Zostały 22 znaki',
      'Zostało 25 znaków',
    ]);
    expect(formatPlural(pl.autoClose, 1.5, 'pl')).toBe('Zamknie się za 1,5 sekundy');
  });

  it('falls back to other when the category is missing', () => {
    expect(formatPlural({ other: '{count} left' }, 3, 'pl')).toBe('3 left');
    expect(formatPlural({ one: 'one left', other: '{count} left' }, 1, 'en')).toBe('one left');
  });

  it('formats the count in the locale digits', () => {
    expect(formatPlural({ other: '{count} ثانیه' }, 5, 'fa')).toBe('۵ ثانیه');
    expect(formatPlural({ other: '{count} ثانیه' }, 5, 'fa', true)).toBe('5 ثانیه');
  });
});
