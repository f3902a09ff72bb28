import { BUILT_IN_LOCALES } from './built-in-locales';

/** The locale used when nothing requested is available. */
export const DEFAULT_LOCALE = 'en';

// Norwegian has two written standards and browsers send any of `no`, `nb` and `nn`: all of them read Bokmål,
// so after its own ranges a Norwegian tag also tries `nb`.
const LANGUAGE_FALLBACKS: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb' };

/** Canonical form of a BCP 47 tag (`EN-gb` → `en-GB`, `iw` → `he`), or undefined for anything that is not a valid tag. */
function canonical(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > 64) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The RFC 4647 lookup ranges for one tag, most specific first: `pt-BR` → `pt-BR`, `pt`. Extensions and private-use
 * subtags are dropped first (Intl.Locale#baseName). A tag without a script also tries its likely script before the
 * bare language, so `zh-TW` can reach a `zh-Hant` locale before a `zh` one.
 */
function lookupRanges(tag: string, scripted: ReadonlySet<string>): string[] {
  const locale = new Intl.Locale(tag);
  const subtags = locale.baseName.split('-');
  const ranges: string[] = [];
  for (let end = subtags.length; end > 0; end--) ranges.push(subtags.slice(0, end).join('-'));
  // maximize() loads likely-subtags data (tens of ms on a slow phone, inside the task that shows the survey), so it
  // runs only for a language that has a script-specific locale available (zh → zh-Hant).
  if (!locale.script && scripted.has(locale.language)) {
    const script = locale.maximize().script;
    if (script) ranges.splice(ranges.length - 1, 0, `${locale.language}-${script}`);
  }
  const fallback = Object.hasOwn(LANGUAGE_FALLBACKS, locale.language) ? LANGUAGE_FALLBACKS[locale.language] : undefined;
  if (fallback !== undefined) ranges.push(fallback);
  return ranges;
}

/**
 * Picks the best available locale for the visitor by RFC 4647 lookup (`pt-BR` → `pt` → fallback), case-insensitively,
 * trying each requested tag in order (pass `navigator.languages`) and skipping invalid tags.
 * @default available `BUILT_IN_LOCALES`, fallback `'en'`
 */
export function negotiateLocale(
  requested: string | readonly string[],
  available: readonly string[] = BUILT_IN_LOCALES,
  fallback: string = DEFAULT_LOCALE,
): string {
  const byLowerCase = new Map<string, string>();
  const scripted = new Set<string>();
  for (const tag of available) {
    if (typeof tag !== 'string') continue;
    byLowerCase.set(tag.toLowerCase(), tag);
    const [language, script] = tag.toLowerCase().split('-');
    if (script?.length === 4) scripted.add(language!);
  }
  const list: readonly unknown[] =
    typeof requested === 'string' ? [requested] : Array.isArray(requested) ? requested : [];
  for (const raw of list) {
    const tag = canonical(raw);
    if (tag === undefined) continue;
    for (const range of lookupRanges(tag, scripted)) {
      const match = byLowerCase.get(range.toLowerCase());
      if (match !== undefined) return match;
    }
  }
  return fallback;
}
