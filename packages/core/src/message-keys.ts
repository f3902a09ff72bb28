/**
 * The texts a survey definition may override, one entry per key of the widget's built-in `Messages`
 * (packages/widget/src/i18n/messages.ts). This list is the one source of truth for validators (the site
 * configuration, the survey editor); a widget test checks that it names exactly the keys of `Messages`, of the
 * same kinds, with the placeholders the widget fills in.
 */

/**
 * - `text`: one string.
 * - `byCategory`: an object with `promoter`, `passive` and `detractor` strings (any subset may be overridden).
 * - `plural`: an object keyed by `Intl.PluralRules` category (`zero`, `one`, `two`, `few`, `many`, `other`).
 * - `tags`: labels of reason tags, keyed by tag (a site may label its own tags too).
 */
export type MessageKind = 'text' | 'byCategory' | 'plural' | 'tags';

/** What one message key holds and which `{placeholders}` its text may use. */
export interface MessageKeySpec {
  kind: MessageKind;
  placeholders: readonly string[];
}

const spec = (kind: MessageKind, ...placeholders: string[]): MessageKeySpec =>
  Object.freeze({ kind, placeholders: Object.freeze(placeholders) });

/** Every overridable message key, with its kind and placeholders. */
export const MESSAGE_KEYS: Readonly<Record<string, MessageKeySpec>> = Object.freeze({
  surveyLabel: spec('text'),
  question: spec('text', 'product'),
  questionGeneric: spec('text'),
  lowLabel: spec('text'),
  highLabel: spec('text'),
  scaleHint: spec('text', 'min', 'max', 'low', 'high'),
  dismiss: spec('text'),
  followUp: spec('byCategory'),
  reasonsLabel: spec('text'),
  reasons: spec('tags'),
  commentLabel: spec('text'),
  charactersLeft: spec('plural', 'count'),
  submit: spec('text'),
  skip: spec('text'),
  thanks: spec('byCategory'),
  shareIntro: spec('text'),
  contactQuestion: spec('text'),
  contactConsent: spec('text'),
  emailLabel: spec('text'),
  emailInvalid: spec('text'),
  contactSend: spec('text'),
  contactSaved: spec('text'),
  close: spec('text'),
  autoClose: spec('plural', 'count'),
  keepOpen: spec('text'),
  opensInNewTab: spec('text'),
});

/** The keys of a `byCategory` message. */
export const CATEGORY_KEYS = Object.freeze(['promoter', 'passive', 'detractor'] as const);

/** The keys of a `plural` message (`Intl.LDMLPluralRule`). */
export const PLURAL_KEYS = Object.freeze(['zero', 'one', 'two', 'few', 'many', 'other'] as const);
