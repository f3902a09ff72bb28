import { BUILT_IN_LOCALES } from './built-in-locales';
import type { PluralMessage } from './messages';

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Built-in locales whose default numbering system is Latin (`latn`): all but Persian. */
export const LATIN_DEFAULT: ReadonlySet<string> = new Set(BUILT_IN_LOCALES.filter((tag) => tag !== 'fa'));
const pluralRules = new Map<string, Intl.PluralRules>();

// Formatters are cached because the widget formats eleven scale labels and a live character count on each keystroke.
function numberFormat(locale: string, latinDigits: boolean): Intl.NumberFormat {
  const key = `${locale}|${latinDigits}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    let tag: string;
    try {
      tag = latinDigits ? new Intl.Locale(locale, { numberingSystem: 'latn' }).toString() : locale;
      format = new Intl.NumberFormat(tag);
    } catch {
      // An invalid tag must not break the survey: format as English would.
      format = new Intl.NumberFormat('en');
    }
    numberFormats.set(key, format);
  }
  return format;
}

function pluralRulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules;
}

/**
 * Formats a number in the locale's digits with `Intl.NumberFormat` (Persian gives ۰–۹); `latinDigits` forces 0–9.
 * @default latinDigits false
 */
export function formatNumber(n: number, locale: string, latinDigits = false): string {
  // The first Intl.NumberFormat on a page loads ICU number data (~15 ms, ~65 ms on a slow phone) inside the task
  // that shows the survey. Small whole numbers in Latin digits need no grouping or locale data: built-in locales other
  // than Persian default to Latin digits (format.test.ts checks each against Intl), so they skip it.
  if (Number.isInteger(n) && n >= 0 && n < 1000 && (latinDigits || LATIN_DEFAULT.has(locale))) return String(n);
  return numberFormat(locale, latinDigits).format(n);
}

/** How `formatMessage` inserts values. */
export interface FormatMessageOptions {
  /**
   * Wrap each inserted value in Unicode bidi isolates (U+2068 … U+2069), so a Latin product name inside Persian text
   * (or an Arabic one inside English) keeps its own direction and cannot reorder the punctuation around it.
   * The marks are invisible and not read by screen readers.
   * @default false
   */
  isolate?: boolean;
}

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * Replaces `{name}` placeholders with values, as plain text; placeholders without a value are left as they are.
 * @default options `{ isolate: false }`
 */
export function formatMessage(
  template: string,
  values: Readonly<Record<string, string | number>>,
  options: FormatMessageOptions = {},
): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (placeholder, name: string) => {
    if (!Object.hasOwn(values, name)) return placeholder;
    const value = String(values[name]);
    return options.isolate ? FIRST_STRONG_ISOLATE + value + POP_DIRECTIONAL_ISOLATE : value;
  });
}

/**
 * Picks the plural form for `count` with `Intl.PluralRules` (falling back to `other`) and fills `{count}` with the
 * number formatted for the locale.
 * @default latinDigits false
 */
export function formatPlural(message: PluralMessage, count: number, locale: string, latinDigits = false): string {
  const category = pluralRulesFor(locale).select(count);
  const template = message[category] ?? message.other;
  return formatMessage(template, { count: formatNumber(count, locale, latinDigits) });
}
