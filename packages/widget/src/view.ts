import type { NpsCategory } from '@npskit/core';
import type { SurveyView } from './components/Survey';
import {
  BUILT_IN_LOCALES,
  directionOf,
  formatMessage,
  formatNumber,
  formatPlural,
  loadMessages,
  negotiateLocale,
  resolveMessages,
} from './i18n';
import type { Messages } from './i18n/messages';
import type { MessageOverride, ResolvedOptions } from './options';

/** The locale a display is shown in. */
export interface DisplayLocale {
  locale: string;
  direction: 'ltr' | 'rtl';
  messages: Messages;
}

function requestedLocales(options: ResolvedOptions): readonly string[] {
  if (options.locale) return options.locale;
  const nav = typeof navigator !== 'undefined' ? navigator : undefined;
  return nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
}

// Overrides apply from the least to the most specific tag: `pt`, then `pt-BR` (negotiated because the site
// overrides it, or only asked for while the built-in messages are `pt`).
function overridesFor(options: ResolvedOptions, locale: string, requested: readonly string[]): MessageOverride[] {
  const keys = Object.keys(options.messages);
  const found: MessageOverride[] = [];
  const add = (tag: string | undefined) => {
    const key = tag === undefined ? undefined : keys.find((k) => k.toLowerCase() === tag.toLowerCase());
    const override = key === undefined ? undefined : options.messages[key];
    if (override !== undefined && !found.includes(override)) found.push(override);
  };
  const subtags = locale.split('-');
  for (let i = 1; i <= subtags.length; i++) add(subtags.slice(0, i).join('-'));
  add(requested.find((tag) => tag.toLowerCase().startsWith(`${locale.toLowerCase()}-`)));
  return found;
}

/**
 * Negotiates the locale among the built-in ones and those the site adds through `messages`, and loads its
 * messages with the site's overrides merged in. A locale chunk
 * that fails to load falls back to English and is reported through `onError`.
 */
export async function loadDisplayLocale(
  options: ResolvedOptions,
  onError: (error: unknown) => void,
): Promise<DisplayLocale> {
  const requested = requestedLocales(options);
  // A site may add a language that is not built in: its override then applies on top of English.
  let locale = negotiateLocale(requested, [...BUILT_IN_LOCALES, ...Object.keys(options.messages)]);
  let messages: Messages;
  try {
    messages = await loadMessages(locale);
  } catch (error) {
    onError(error);
    locale = 'en';
    messages = await loadMessages('en');
  }
  for (const override of overridesFor(options, locale, requested)) messages = resolveMessages(messages, override);
  return { locale, direction: directionOf(locale), messages };
}

/** Builds the texts, formatters and layout flags of one display. */
export function buildView(options: ResolvedOptions, display: DisplayLocale): SurveyView {
  const { locale, direction, messages: m } = display;
  const number = (n: number) => formatNumber(n, locale, options.latinDigits);
  const scoreLabels = Array.from({ length: 11 }, (_, i) => number(i));
  const label = (tag: string) => (Object.hasOwn(m.reasons, tag) ? m.reasons[tag]! : tag);
  const reasons = {} as SurveyView['reasons'];
  for (const category of ['promoter', 'passive', 'detractor'] as NpsCategory[]) {
    reasons[category] = options.reasons[category].map((tag) => ({ tag, label: label(tag) }));
  }
  return {
    messages: m,
    question:
      options.product === undefined
        ? m.questionGeneric
        : formatMessage(m.question, { product: options.product }, { isolate: direction === 'rtl' }),
    hint: formatMessage(m.scaleHint, {
      min: scoreLabels[0]!,
      max: scoreLabels[10]!,
      low: m.lowLabel,
      high: m.highLabel,
    }),
    scoreLabels,
    position: options.position,
    rowRtl: display.direction === 'rtl' && options.mirrorRtl,
    reasons,
    shareLinks: options.shareLinks,
    askContact: options.askContact,
    anonymous: options.userId === undefined,
    commentMaxLength: options.commentMaxLength,
    autoClose: options.autoClose,
    charactersLeft: (count) => formatPlural(m.charactersLeft, count, locale, options.latinDigits),
    autoCloseText: (seconds) => formatPlural(m.autoClose, seconds, locale, options.latinDigits),
  };
}
