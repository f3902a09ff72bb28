import type { BuiltInLocale } from './built-in-locales';
import type { Messages } from './messages';

/**
 * The CDN build's `importLocale` (vite.embed.config.ts puts it in place of locale-modules.ts): every locale is an
 * entry of that build, `npskit-locale-<code>.js` beside the UI chunk, so its URL comes from the code. The table of
 * 29 hashed chunk names it replaces cost 0.45 kB brotli before a survey could show.
 */
export function importLocale(code: BuiltInLocale): Promise<Messages> {
  // The module's one export is named after the code in camelCase: `fa`, `zhHant`.
  const name = code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  return import(/* @vite-ignore */ `./npskit-locale-${code.toLowerCase()}.js`).then(
    (m: Record<string, Messages>) => m[name]!,
  );
}
