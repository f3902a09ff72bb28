/**
 * Recontact rules: whether a visitor may be asked now, given what happened before.
 * Pure — history, rules and `now` come in, a decision goes out — so the loader, a server and tests share it.
 * This file ships in the every-page loader, so it stays small.
 */

import { describeValue } from './describe-value';

const DAY = 86_400_000;

/** What the site remembers about one survey for one visitor (epoch milliseconds). */
export interface SurveyRecordHistory {
  /** Last time this survey was displayed. */
  lastShownAt?: number;
  /** Last time a score was given. */
  lastAnsweredAt?: number;
  /** Last time the survey was closed without a score. */
  lastDismissedAt?: number;
  /** Dismissals since the last answer; drives the growing back-off. */
  dismissals: number;
}

/** Everything the recontact rules need about one visitor: a plain JSON-serialisable object the embed stores (`npskit:history`). */
export interface SurveyHistory {
  /** Format version, so a future change can migrate stored histories. */
  version: 1;
  /** When this visitor (device) was first seen, epoch milliseconds. */
  firstSeenAt: number;
  /** Per survey id. */
  surveys: Record<string, SurveyRecordHistory>;
  /** Displays in the current session, identified by the caller's session id. */
  session?: { id: string; shown: number };
}

/** Recontact rules; every field is optional and falls back to {@link DEFAULT_RECONTACT_RULES}. */
export interface RecontactRules {
  /** Days to wait after an answer before asking again. @default 90 */
  waitAfterAnswerDays?: number;
  /** Days to wait after the 1st, 2nd, 3rd… consecutive dismissal; the last entry repeats. @default [7, 30, 90] */
  waitAfterDismissalDays?: readonly number[];
  /** Stop asking after this many consecutive dismissals (an answer resets the count). @default Infinity (never stop) */
  stopAfterDismissals?: number;
  /** Do not ask a visitor first seen less than this many days ago. @default 0 */
  waitAfterFirstSeenDays?: number;
  /** Do not ask a user whose account (`context.accountCreatedAt`) is younger than this many days. @default 0 */
  minAccountAgeDays?: number;
  /** Days after a display of any other survey of the site before this one may show. @default 30 */
  globalCooldownDays?: number;
  /** At most this many survey displays per session (needs `context.sessionId`). @default 1 */
  maxDisplaysPerSession?: number;
}

/** The rules a product team would expect when none are given. */
export const DEFAULT_RECONTACT_RULES: Readonly<Required<RecontactRules>> = Object.freeze({
  waitAfterAnswerDays: 90,
  waitAfterDismissalDays: Object.freeze([7, 30, 90]),
  stopAfterDismissals: Number.POSITIVE_INFINITY,
  waitAfterFirstSeenDays: 0,
  minAccountAgeDays: 0,
  globalCooldownDays: 30,
  maxDisplaysPerSession: 1,
});

/** Why a visitor may not be asked now; stable strings, safe to log, count and compare. */
export type RecontactReason =
  | 'answered-recently'
  | 'dismissed-recently'
  | 'dismissed-too-often'
  | 'first-seen-too-recently'
  | 'account-too-new'
  | 'global-cooldown'
  | 'session-limit';

/**
 * The outcome of {@link decide}. `retryAt` is when this reason stops applying (epoch ms);
 * `Infinity` means never by these rules (`dismissed-too-often`) or not in this session (`session-limit`).
 */
export type Decision = { eligible: true } | { eligible: false; reason: RecontactReason; retryAt: number };

/** Facts about the moment of the decision that the history does not hold. */
export interface DecideContext {
  /** The survey about to show; without it the per-survey rules consider every survey in the history. */
  surveyId?: string;
  /** The caller's session id; without it the per-session limit does not apply. */
  sessionId?: string;
  /** When the user's account was created (epoch ms), for `minAccountAgeDays`. */
  accountCreatedAt?: number;
}

/**
 * Decides whether a survey may show now; when several rules say no, reports the one that waits longest.
 * @throws {RangeError} when a rule is not a non-negative number (or list of them).
 * @example
 * const day = 86_400_000;
 * const t0 = Date.UTC(2026, 0, 1);
 * const history = recordDismissed(recordShown(emptyHistory(t0), 'nps', t0), 'nps', t0);
 * decide(history, {}, t0 + 3 * day, { surveyId: 'nps' });
 * // { eligible: false, reason: 'dismissed-recently', retryAt: t0 + 7 * day }
 */
export function decide(
  history: SurveyHistory,
  rules: RecontactRules,
  now: number,
  context: DecideContext = {},
): Decision {
  const r = resolveRules(rules);
  let reason: RecontactReason | undefined;
  let retryAt = Number.NEGATIVE_INFINITY;
  const wait = (code: RecontactReason, from: unknown, days: number): void => {
    if (!(days > 0) || typeof from !== 'number' || !Number.isFinite(from)) return;
    const until = days === Number.POSITIVE_INFINITY ? days : from + days * DAY;
    if (until > now && until > retryAt) {
      reason = code;
      retryAt = until;
    }
  };

  wait('first-seen-too-recently', history.firstSeenAt, r.waitAfterFirstSeenDays);
  wait('account-too-new', context.accountCreatedAt, r.minAccountAgeDays);
  const surveys = history.surveys ?? {};
  for (const id of Object.keys(surveys)) {
    const s = surveys[id];
    // Stored histories can be edited or corrupted; a broken entry must not make the loader throw.
    if (typeof s !== 'object' || s === null) continue;
    if (context.surveyId === undefined || id === context.surveyId) {
      wait('answered-recently', s.lastAnsweredAt, r.waitAfterAnswerDays);
      const n = s.dismissals || 0;
      if (n > 0) {
        const steps = r.waitAfterDismissalDays;
        wait('dismissed-recently', s.lastDismissedAt, steps.length ? steps[Math.min(n, steps.length) - 1]! : 0);
      }
      if (n > 0 && n >= r.stopAfterDismissals) wait('dismissed-too-often', s.lastDismissedAt, Number.POSITIVE_INFINITY);
    } else {
      wait('global-cooldown', s.lastShownAt, r.globalCooldownDays);
    }
  }
  const session = history.session;
  if (
    context.sessionId !== undefined &&
    session?.id === context.sessionId &&
    session.shown >= r.maxDisplaysPerSession
  ) {
    wait('session-limit', now, Number.POSITIVE_INFINITY);
  }
  return reason === undefined ? { eligible: true } : { eligible: false, reason, retryAt };
}

/**
 * A history for a visitor seen for the first time at `firstSeenAt` (epoch ms).
 * @example
 * const history = emptyHistory(Date.now());
 */
export function emptyHistory(firstSeenAt: number): SurveyHistory {
  return { version: 1, firstSeenAt, surveys: {} };
}

/** Records a display of `surveyId` at `now`; pass `context.sessionId` to count it against the per-session limit. */
export function recordShown(
  history: SurveyHistory,
  surveyId: string,
  now: number,
  context: { sessionId?: string } = {},
): SurveyHistory {
  const next = update(history, surveyId, (s) => ({ ...s, lastShownAt: now }));
  const { sessionId } = context;
  if (sessionId !== undefined) {
    next.session = { id: sessionId, shown: history.session?.id === sessionId ? history.session.shown + 1 : 1 };
  }
  return next;
}

/** Records an answer (a score) to `surveyId` at `now`; resets the dismissal back-off. */
export function recordAnswered(history: SurveyHistory, surveyId: string, now: number): SurveyHistory {
  return update(history, surveyId, (s) => ({ ...s, lastAnsweredAt: now, dismissals: 0 }));
}

/**
 * Records that `surveyId` was closed at `now`. Closing the follow-up after a score was given in the same
 * display is not a refusal, so it changes nothing.
 */
export function recordDismissed(history: SurveyHistory, surveyId: string, now: number): SurveyHistory {
  const s = ownSurvey(history, surveyId);
  if (s?.lastAnsweredAt !== undefined && s.lastShownAt !== undefined && s.lastAnsweredAt >= s.lastShownAt)
    return history;
  return update(history, surveyId, (prev) => ({ ...prev, lastDismissedAt: now, dismissals: prev.dismissals + 1 }));
}

function ownSurvey(history: SurveyHistory, surveyId: string): SurveyRecordHistory | undefined {
  // Own properties only: a survey id like `__proto__` must not read Object.prototype.
  return history.surveys && Object.hasOwn(history.surveys, surveyId) ? history.surveys[surveyId] : undefined;
}

function update(
  history: SurveyHistory,
  surveyId: string,
  change: (s: SurveyRecordHistory) => SurveyRecordHistory,
): SurveyHistory {
  const surveys = { ...history.surveys };
  // defineProperty, not assignment: `surveys['__proto__'] = …` would replace the prototype instead.
  Object.defineProperty(surveys, surveyId, {
    value: change(ownSurvey(history, surveyId) ?? { dismissals: 0 }),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return { ...history, surveys };
}

function resolveRules(rules: RecontactRules): Required<RecontactRules> {
  const r = { ...DEFAULT_RECONTACT_RULES };
  for (const key of Object.keys(r) as (keyof RecontactRules)[]) {
    // Own properties only, so a polluted Object.prototype cannot relax the rules.
    const value = rules && Object.hasOwn(rules, key) ? rules[key] : undefined;
    if (value === undefined) continue;
    const isList = key === 'waitAfterDismissalDays';
    const list: unknown[] = Array.isArray(value) === isList ? (isList ? (value as unknown[]) : [value]) : [Number.NaN];
    if (list.some((v) => typeof v !== 'number' || !(v >= 0))) {
      const expected = isList ? 'a list of non-negative numbers of days' : 'a non-negative number';
      throw new RangeError(
        `recontact rule ${key} must be ${expected}, got ${Array.isArray(value) ? `[${value.join(', ')}]` : describeValue(value)}`,
      );
    }
    (r as Record<string, unknown>)[key] = value;
  }
  return r;
}
