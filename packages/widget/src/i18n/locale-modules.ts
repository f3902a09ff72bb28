import type { BuiltInLocale } from './built-in-locales';
import type { Messages } from './messages';

// One literal `import('./xx')` per locale: the bundler then emits one chunk per locale, and a page fetches only the
// chunk of the locale it shows. English too, although it is the fallback: bundled statically, it cost 0.55 kB
// brotli on every non-English page of the script tag, whose show path has a 20 kB budget.
const loaders: Record<BuiltInLocale, () => Promise<Messages>> = {
  en: () => import('./en').then((m) => m.en),
  tr: () => import('./tr').then((m) => m.tr),
  pl: () => import('./pl').then((m) => m.pl),
  fa: () => import('./fa').then((m) => m.fa),
  ar: () => import('./ar').then((m) => m.ar),
  he: () => import('./he').then((m) => m.he),
  de: () => import('./de').then((m) => m.de),
  fr: () => import('./fr').then((m) => m.fr),
  es: () => import('./es').then((m) => m.es),
  pt: () => import('./pt').then((m) => m.pt),
  it: () => import('./it').then((m) => m.it),
  nl: () => import('./nl').then((m) => m.nl),
  ru: () => import('./ru').then((m) => m.ru),
  ja: () => import('./ja').then((m) => m.ja),
  ur: () => import('./ur').then((m) => m.ur),
  zh: () => import('./zh').then((m) => m.zh),
  'zh-Hant': () => import('./zh-hant').then((m) => m.zhHant),
  ko: () => import('./ko').then((m) => m.ko),
  sv: () => import('./sv').then((m) => m.sv),
  uk: () => import('./uk').then((m) => m.uk),
  cs: () => import('./cs').then((m) => m.cs),
  ro: () => import('./ro').then((m) => m.ro),
  el: () => import('./el').then((m) => m.el),
  hi: () => import('./hi').then((m) => m.hi),
  id: () => import('./id').then((m) => m.id),
  vi: () => import('./vi').then((m) => m.vi),
  th: () => import('./th').then((m) => m.th),
  da: () => import('./da').then((m) => m.da),
  nb: () => import('./nb').then((m) => m.nb),
};

/**
 * Imports a built-in locale's messages. The script tag's CDN build swaps this module for locale-modules.cdn.ts, which
 * builds the chunk's URL from the code instead of carrying this table of hashed chunk names.
 */
export function importLocale(code: BuiltInLocale): Promise<Messages> {
  return loaders[code]();
}
