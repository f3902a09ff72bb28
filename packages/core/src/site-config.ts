/**
 * Surveys as data: the site configuration a snippet reads (`site.json`), and the survey definitions inside it.
 * A published file is public (anyone can fetch it), so it holds no personal data: targeting happens in the browser,
 * against what the page passed to `identify`. The JSON Schema is docs/site-config.schema.json; the validator is
 * `parseSiteConfig`.
 */

import type { AttributeValue, NpsCategory } from './types';
import type { UrlPattern } from './url-pattern';

/**
 * Where a survey stands. Only `running` surveys are shown; a publisher leaves the others out of the file, and the
 * client ignores them anyway (a `draft` can be seen in preview mode only).
 */
export type SurveyStatus = 'draft' | 'running' | 'paused' | 'stopped';

/** Where the survey appears (as in the widget). */
export type SurveyPosition = 'bottom-right' | 'bottom-left' | 'bar' | 'modal' | 'inline';

/** Colour scheme; `auto` follows the visitor's `prefers-color-scheme`. */
export type SurveyTheme = 'light' | 'dark' | 'auto';

/**
 * Texts of one language, overriding the widget's built-in messages key by key (see `MESSAGE_KEYS`). Only what
 * differs from the built-in text belongs here: a language the survey runs in needs no entry at all when the
 * built-in texts are fine.
 */
export type LocaleTexts = Partial<Record<string, string | Record<string, string>>>;

/** A promoter share or review link. Only absolute http(s) URLs are accepted. */
export interface ShareLinkDefinition {
  /** Visible link text, rendered as plain text. */
  label: string;
  /** Absolute http(s) URL, opened in a new tab. */
  url: string;
}

/** A custom event that shows the survey: `npskit('track', name, properties)` with matching properties. */
export interface EventTriggerDefinition {
  name: string;
  /** Every listed property must equal the tracked one. */
  properties?: Record<string, AttributeValue>;
}

/**
 * When an automatic survey appears: `'load'` (as soon as the rules allow), `'manual'` (only `npskit('show', id)`)
 * or conditions that must all hold (AND); a list inside one condition means any of its entries. @default 'load'
 */
export type TriggerDefinition =
  | 'load'
  | 'manual'
  | {
      /** Any of these events. */
      event?: string | EventTriggerDefinition | (string | EventTriggerDefinition)[];
      /** Any of these URL patterns, re-checked on single-page-app navigation. */
      url?: UrlPattern | UrlPattern[];
      /** ms after the page loaded. */
      delay?: number;
      /** Pages this device has viewed, this one included. */
      minPageviews?: number;
      /** ms the page has been visible. */
      timeOnPage?: number;
      /** Percentage of the page scrolled into view, 1–100. */
      scrollDepth?: number;
      /** The pointer left the window towards the tabs (desktop only). */
      exitIntent?: boolean;
    };

/** Comparisons on numbers (attributes, account age in days). */
export type NumericOperator = 'lt' | 'lte' | 'gt' | 'gte';

/**
 * One audience condition. Conditions of a survey combine with AND. What they test comes from the browser: the
 * attributes the page passed to `identify`, the visitor's language, the page URL, and the account's age
 * (`identify(userId, { createdAt })`). A condition on something unknown (no such attribute, no `createdAt`) is not
 * met, except `notEquals`, `notOneOf` and `notExists`.
 */
export type AudienceCondition =
  | { type: 'attribute'; key: string; op: 'equals' | 'notEquals'; value: AttributeValue }
  | { type: 'attribute'; key: string; op: 'oneOf' | 'notOneOf'; value: AttributeValue[] }
  | { type: 'attribute'; key: string; op: NumericOperator; value: number }
  | { type: 'attribute'; key: string; op: 'exists' | 'notExists' }
  /** The visitor's language (`pt` matches `pt-BR`). */
  | { type: 'locale'; op: 'oneOf' | 'notOneOf'; value: string[] }
  | { type: 'url'; op: 'matches' | 'notMatches'; value: UrlPattern }
  /** Days since `createdAt`. */
  | { type: 'accountAge'; op: NumericOperator; value: number };

/**
 * A survey's own recontact rules (see `RecontactRules`); the global cooldown and the per-session cap are site-wide
 * (`SiteRules`), shared by every survey.
 */
export interface SurveyRecontactRules {
  /** @default 90 */
  waitAfterAnswerDays?: number;
  /** @default [7, 30, 90] */
  waitAfterDismissalDays?: number[];
  /** @default never stop */
  stopAfterDismissals?: number;
  /** @default 0 */
  waitAfterFirstSeenDays?: number;
  /** Needs `createdAt` from `identify`; without it the rule does not apply. @default 0 */
  minAccountAgeDays?: number;
}

/** One survey: what it asks, in which languages, to whom, when, and how often. */
export interface SurveyDefinition {
  /** Stable id, copied onto every response (`website-nps`): letters, digits, `.`, `_`, `-`, at most 100 characters. */
  id: string;
  status: SurveyStatus;
  /** The team's name for it (dashboard, editor); public like the rest of the file. */
  name?: string;
  /** Shown from this moment on (ISO 8601 with a time zone). */
  startsAt?: string;
  /** Not shown from this moment on. */
  endsAt?: string;
  /** When several surveys could show at once, the highest priority wins, then the smallest id. @default 0 */
  priority?: number;
  /** Product name put into the question ("recommend {product}"). */
  product?: string;
  /** The languages the survey runs in (BCP 47); the visitor's language is matched among them, else the first. @default every built-in language */
  locales?: string[];
  /** Per-locale overrides of the built-in texts: question, follow-up questions per category, reason labels… */
  messages?: Record<string, LocaleTexts>;
  /** Reason tags offered per category (labels from `messages.<locale>.reasons`). @default the widget's tags */
  reasons?: Partial<Record<NpsCategory, string[]>>;
  /** Share/review links offered to promoters. */
  shareLinks?: ShareLinkDefinition[];
  /** Ask detractors whether the team may contact them. @default false */
  askContact?: boolean;
  /** Longest comment, 1–5000 characters. @default 500 */
  commentMaxLength?: number;
  /** @default 'bottom-right' */
  position?: SurveyPosition;
  /** CSS selector of the element an `inline` survey renders into (required for `inline`). */
  container?: string;
  /** @default 'auto' */
  theme?: SurveyTheme;
  /** In right-to-left languages, put 0 on the right. @default true */
  mirrorRtl?: boolean;
  /** Latin digits even where the language has its own. @default false */
  latinDigits?: boolean;
  /** Share of visitors asked, sticky per user and survey: 0, or from `SITE_CONFIG_LIMITS.minSampleRate` to 1. @default 1 */
  sampleRate?: number;
  /** @default 'load' */
  trigger?: TriggerDefinition;
  /** Conditions that must all hold. @default everyone */
  audience?: AudienceCondition[];
  recontact?: SurveyRecontactRules;
}

/** Rules shared by every survey of the site: one contact budget. */
export interface SiteRules {
  /** Days after any survey of the site was shown before another one may show. @default 30 */
  globalCooldownDays?: number;
  /** At most this many survey displays per browser-tab session, all surveys together. @default 1 */
  maxSurveysPerSession?: number;
}

/** The file a snippet reads with `data-config` (or `init({ config })`). */
export interface SiteConfig {
  /** Format version, `MAJOR.MINOR` (see `SITE_CONFIG_VERSION` and docs/surveys-as-data.md#versions). */
  version: string;
  /** Seconds a client uses its cached copy before asking again (60–86400). @default 300 */
  ttl?: number;
  /** Collector endpoint (absolute http(s) URL); the script tag's `data-endpoint` wins when both are set. */
  endpoint?: string;
  rules?: SiteRules;
  surveys: SurveyDefinition[];
}
