import type { BuiltInLocale } from './built-in-locales';
import { importLocale } from './locale-modules';
import type { Messages } from './messages';
import { negotiateLocale } from './negotiate';

/**
 * Loads the built-in messages for a locale (negotiated by RFC 4647 lookup, so `pt-BR` gets `pt`), English for a
 * locale that is not built in. Rejects only when the locale's chunk cannot be fetched; callers may then fall back to `en`.
 */
export async function loadMessages(locale: string): Promise<Messages> {
  const code = negotiateLocale([locale]) as BuiltInLocale;
  try {
    // negotiateLocale only returns built-in codes (English for anything else), so no other module can be asked for.
    return await importLocale(code);
  } catch (cause) {
    throw new Error(`npskit: could not load the messages of locale "${code}"`, { cause });
  }
}
