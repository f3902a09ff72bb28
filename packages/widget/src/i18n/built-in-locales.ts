/** Codes of the locales that ship with the widget, each in its own file (and, when bundled, its own chunk). */
export const BUILT_IN_LOCALES = [
  'en',
  'tr',
  'pl',
  'fa',
  'ar',
  'he',
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'ru',
  'ja',
  'ur',
  'zh',
  'zh-Hant',
  'ko',
  'sv',
] as const;

/** One of `BUILT_IN_LOCALES`. */
export type BuiltInLocale = (typeof BUILT_IN_LOCALES)[number];
