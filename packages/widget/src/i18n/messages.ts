/**
 * The text of a survey in one language. Every built-in locale file exports one `Messages`; a site may
 * override any key per locale. Placeholders in braces (`{product}`, `{count}`) are replaced as plain text.
 */

/** A message whose wording depends on a number, keyed by `Intl.PluralRules` category (Polish uses one/few/many/other). */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The three NPS groups, each with its own wording. */
export interface ByCategory {
  promoter: string;
  passive: string;
  detractor: string;
}

export interface Messages {
  /** Accessible name of the whole survey (region or dialog). */
  surveyLabel: string;
  /** The NPS question; `{product}` is replaced by the `product` option. */
  question: string;
  /** The NPS question when no product name was given. */
  questionGeneric: string;
  /** End label under 0. */
  lowLabel: string;
  /** End label under 10. */
  highLabel: string;
  /** Extra description of the radio group, read with its label: `{low}`/`{high}` are the end labels, `{min}`/`{max}` the formatted 0 and 10. */
  scaleHint: string;
  /** Label of the control that closes the survey without answering. */
  dismiss: string;
  /** The follow-up question per category. */
  followUp: ByCategory;
  /** Label above the reason chips. */
  reasonsLabel: string;
  /** Labels of the built-in reason tags; a site may add its own tags with their labels. */
  reasons: Record<string, string>;
  /** Label of the comment box. */
  commentLabel: string;
  /** Remaining characters in the comment box; `{count}` is the formatted number. */
  charactersLeft: PluralMessage;
  /** Sends the follow-up. */
  submit: string;
  /** Skips the follow-up (the score is already saved). */
  skip: string;
  /** Thank-you message per category. */
  thanks: ByCategory;
  /** Invitation above the promoters' share/review links. */
  shareIntro: string;
  /** Detractors: asks whether the team may get in touch. */
  contactQuestion: string;
  /** Label of the consent checkbox. */
  contactConsent: string;
  /** Label of the email field shown when the visitor is not identified. */
  emailLabel: string;
  /** Shown when the email field holds something that is not an address. */
  emailInvalid: string;
  /** Sends the contact consent. */
  contactSend: string;
  /** Confirms that the consent was saved. */
  contactSaved: string;
  /** Closes the thank-you step. */
  close: string;
  /** Auto-close countdown; `{count}` is the formatted number of seconds. */
  autoClose: PluralMessage;
  /** Stops the auto-close countdown (WCAG 2.2.1). */
  keepOpen: string;
  /** Suffix for links that open in a new tab, read by screen readers. */
  opensInNewTab: string;
}
