/**
 * Shared types of npskit: what a survey display produces and what the collector sends.
 * Kept small on purpose: every field here is part of the wire protocol (docs/collector-protocol.md).
 */

/** An answer to the Net Promoter question: an integer from 0 to 10. */
export type NpsScore = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** The group an answer falls in: 9–10 promoter, 7–8 passive, 0–6 detractor. */
export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/**
 * Where a survey display stands. A record moves forward only:
 * `shown` → `dismissed`, or `shown` → `answered` (score chosen) → `completed` (follow-up sent);
 * an `answered` record may still become `dismissed` when the follow-up is closed without sending.
 */
export type ResponseStatus = 'shown' | 'dismissed' | 'answered' | 'completed';

/** Text direction the survey was shown in. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * Which way the 0–10 row ran on screen: `left-to-right` puts 0 on the left, `right-to-left` (the RTL
 * default, mirrored) puts 0 on the right. Stored so analysts can check for layout bias.
 */
export type ScaleOrientation = 'left-to-right' | 'right-to-left';

/** A segment attribute value copied onto a response (city, region, department, plan…). */
export type AttributeValue = string | number | boolean;

/** Detractor follow-up: may the team contact this person about their answer? */
export interface ContactConsent {
  /** True when the respondent agreed to be contacted. */
  consent: boolean;
  /** Address given in the survey when the user was not identified. */
  email?: string;
}

/**
 * One record per survey display, updated as it progresses. The client makes `id` once per display and
 * raises `revision` with each change; a receiver upserts by `id` and keeps the highest `revision`,
 * which makes every retry and replay harmless.
 */
export interface ResponseRecord {
  /** Client-made UUID, one per survey display. */
  id: string;
  /** Integer ≥ 1 that grows each time this display's record changes. */
  revision: number;
  /** The survey this display belongs to (e.g. `website-nps`). */
  surveyId: string;
  status: ResponseStatus;
  /** Present once the status is `answered` or `completed` (and on a dismissal after a score). */
  score?: NpsScore;
  /** Always `classify(score)` when `score` is present. */
  category?: NpsCategory;
  /** Free-text answer to the follow-up question. */
  comment?: string;
  /** Reason tags the respondent picked (e.g. `price`, `quality`, `support`). */
  reasons?: string[];
  /** Contact consent given on the thank-you step (detractors). */
  contact?: ContactConsent;
  /** The site's own user id, when the visitor was identified. */
  userId?: string;
  /** Random id stored on the device; stable across page loads until reset. */
  anonymousId: string;
  /** BCP 47 tag of the locale the survey was shown in. */
  locale: string;
  direction: TextDirection;
  /** Which way the 0–10 row ran on screen. */
  orientation: ScaleOrientation;
  /** The page the survey was shown on. */
  page?: { url: string; title?: string; referrer?: string };
  /** Segment attributes (city, region, department, touchpoint, plan…). */
  attributes?: Record<string, AttributeValue>;
  /** Probability in (0, 1] that this visitor was sampled; weight answers by 1/sampleRate. */
  sampleRate: number;
  /** What made the survey show (e.g. `manual`, `event:order_completed`, `url`, `delay`). */
  trigger?: string;
  /** True for QA/preview displays that analysts should exclude. */
  preview?: boolean;
  /** When the survey was displayed (ISO 8601 with a time zone, e.g. `2026-01-31T12:00:00.000Z`). */
  shownAt: string;
  /** When the score was chosen; required when `status` is `answered` or `completed`. */
  answeredAt?: string;
  /** When the follow-up was sent; required when `status` is `completed`. */
  completedAt?: string;
  /** When the survey was closed without finishing; required when `status` is `dismissed`. */
  dismissedAt?: string;
  /** When this revision was made (ISO 8601). */
  updatedAt: string;
  /** The SDK that made the record. */
  sdk: { name: string; version: string };
}

/** The body of one POST to a collector endpoint. */
export interface Batch {
  protocol: 1;
  /** When the client sent this batch (ISO 8601); lets a receiver correct client clock skew. */
  sentAt: string;
  records: ResponseRecord[];
}

/**
 * The subset of the Web Storage API npskit needs. `localStorage` fits; so does an in-memory map.
 * Any method may throw (quota, disabled storage); callers must survive that.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}
