import { BUILT_IN_LOCALES } from './built-in-locales';

// Scripts written right to left (ISO 15924). An explicit script subtag decides first because ICU's text info
// follows the language and gets `az-Arab` or `pa-Arab` wrong.
const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'mand', 'mend', 'nkoo', 'rohg', 'samr', 'syrc', 'thaa', 'yezi']);

// Languages written right to left by default: known without ICU data, and needed where the engine has no
// Intl.Locale text info (Firefox, Safari < 17) or answers 'ltr' for lack of data (Dhivehi).
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'glk',
  'he',
  'ks',
  'lrc',
  'mzn',
  'nqo',
  'pnb',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

interface TextInfoLocale {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/**
 * Whether a locale is written right to left (`fa`, `ar`, `he`, `ur`…); false for an invalid tag. Uses the engine's
 * text info when it has it, the language list and the likely script otherwise.
 */
export function isRtl(locale: string): boolean {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(locale);
  } catch {
    return false;
  }
  if (parsed.script) return RTL_SCRIPTS.has(parsed.script.toLowerCase());
  // The lists answer first: the engine's text info and maximize() load ICU locale data (14–21 ms at 4× CPU on the
  // survey's path in Chromium) for languages whose direction is known, among them every built-in one.
  if (RTL_LANGUAGES.has(parsed.language)) return true;
  if ((BUILT_IN_LOCALES as readonly string[]).includes(parsed.language)) return false;
  // getTextInfo() is the current proposal's method; Chromium ≤ 129 and Node 20 expose a `textInfo` getter instead.
  const withInfo = parsed as unknown as TextInfoLocale;
  const info = typeof withInfo.getTextInfo === 'function' ? withInfo.getTextInfo() : withInfo.textInfo;
  if (info?.direction === 'rtl') return true;
  // ICU answers 'ltr' for languages it has no data for, so an 'ltr' answer is not final.
  const likely = parsed.maximize().script;
  return likely !== undefined && RTL_SCRIPTS.has(likely.toLowerCase());
}

/** The `dir` attribute value for a locale. */
export function directionOf(locale: string): 'rtl' | 'ltr' {
  return isRtl(locale) ? 'rtl' : 'ltr';
}
