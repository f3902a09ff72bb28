import type { Collector } from '@npskit/collector';
import type { AttributeValue, NpsCategory } from '@npskit/core';
import type { Messages } from './i18n/messages';

/** Where the survey appears. */
export type SurveyPosition = 'bottom-right' | 'bottom-left' | 'bar' | 'modal' | 'inline';

/** Colour scheme; `auto` follows the visitor's `prefers-color-scheme`. */
export type SurveyTheme = 'light' | 'dark' | 'auto';

/** A promoter share or review link. Only absolute `http:`/`https:` URLs are shown. */
export interface ShareLink {
  /** Visible link text, rendered as plain text. */
  label: string;
  /** Absolute http(s) URL, opened in a new tab with `rel="noopener noreferrer"`. */
  url: string;
}

/** Per-locale message overrides: keys are BCP 47 tags (`en`, `pt-BR`), values replace any subset of the messages. */
export type MessageOverrides = Record<string, MessageOverride>;

/** A partial `Messages` whose nested groups may be partial too. */
export type MessageOverride = {
  [K in keyof Messages]?: Messages[K] extends string ? string : Partial<Messages[K]>;
};

/** Options of `createSurvey`. Only `surveyId` and `collector` are required. */
export interface SurveyOptions {
  /** The survey this widget belongs to, copied onto every record (e.g. `website-nps`). */
  surveyId: string;
  /** Delivers the records; pass `createCollector(...)` from `@npskit/collector`, or any object implementing `Collector`. */
  collector: Collector;
  /** Product name put into the question ("recommend {product}"). @default the generic question */
  product?: string;
  /** Requested locale(s), negotiated against the built-in locales (RFC 4647 lookup). @default navigator.languages */
  locale?: string | readonly string[];
  /** Per-locale message overrides, keyed by locale tag. @default {} */
  messages?: MessageOverrides;
  /** Where the survey appears. @default 'bottom-right' */
  position?: SurveyPosition;
  /** The element an `inline` survey renders into (required for `inline`, ignored otherwise). */
  container?: Element;
  /** Colour scheme. @default 'auto' */
  theme?: SurveyTheme;
  /** Reason tags offered per category, labelled by `messages.reasons[tag]` or the tag itself; `[]` hides the chips. @default DEFAULT_REASONS */
  reasons?: Partial<Record<NpsCategory, readonly string[]>>;
  /** Share/review links offered to promoters on the thank-you step; non-http(s) URLs are refused. @default [] */
  shareLinks?: readonly ShareLink[];
  /** Ask detractors whether the team may contact them (with an email field when `userId` is absent). @default false */
  askContact?: boolean;
  /** Maximum length of the comment, in characters (1–5000). @default 500 */
  commentMaxLength?: number;
  /** In right-to-left locales, put 0 on the right (mirrored row); `false` keeps 0 on the left. @default true */
  mirrorRtl?: boolean;
  /** Show 0–10 in Latin digits even where the locale has its own (Persian ۰–۱۰). @default false */
  latinDigits?: boolean;
  /** The site's own user id, copied onto records. @default undefined */
  userId?: string;
  /** Stable anonymous visitor id; when absent each survey instance makes a random one (not persisted). */
  anonymousId?: string;
  /** Segment attributes copied onto records (string, number or boolean values). @default {} */
  attributes?: Record<string, AttributeValue>;
  /** Probability (0, 1] with which this visitor was sampled; stored so answers can be weighted. @default 1 */
  sampleRate?: number;
  /** What made the survey show, stored on the record. @default 'manual' */
  trigger?: string;
  /** Marks records as QA/preview so analysts exclude them. @default false */
  preview?: boolean;
  /** Seconds after which the thank-you step closes itself, with a visible "Keep open" control; 0 never. @default 0 */
  autoClose?: number;
  /** CSP nonce for a `<style>` fallback, used only in browsers without constructable stylesheets (Safari < 16.4). @default undefined */
  nonce?: string;
  /** Reports unknown options and refused values on the console. @default false */
  debug?: boolean;
  /** Called with every error the widget catches (also emitted as the `error` event). */
  onError?: (error: Error) => void;
  /** Clock for record timestamps, injectable for tests. @default Date.now */
  now?: () => number;
}

/** Default reason tags per category; their labels come from the locale's `reasons` messages. */
export const DEFAULT_REASONS: Readonly<Record<NpsCategory, readonly string[]>> = {
  detractor: ['price', 'quality', 'support', 'speed'],
  passive: ['price', 'features', 'ease', 'support'],
  promoter: ['quality', 'ease', 'support', 'reliability'],
};

/** Options after validation, with defaults applied. */
export interface ResolvedOptions {
  surveyId: string;
  collector: Collector;
  product: string | undefined;
  locale: readonly string[] | undefined;
  messages: MessageOverrides;
  position: SurveyPosition;
  container: Element | undefined;
  theme: SurveyTheme;
  reasons: Record<NpsCategory, readonly string[]>;
  shareLinks: readonly ShareLink[];
  askContact: boolean;
  commentMaxLength: number;
  mirrorRtl: boolean;
  latinDigits: boolean;
  userId: string | undefined;
  anonymousId: string | undefined;
  attributes: Record<string, AttributeValue> | undefined;
  sampleRate: number;
  trigger: string;
  preview: boolean;
  autoClose: number;
  nonce: string | undefined;
  debug: boolean;
  onError: ((error: Error) => void) | undefined;
  now: () => number;
}
