/**
 * Several surveys, one contact budget: whether each survey of a site may show to this visitor now, and which one
 * wins when several may. Pure — the history, the visitor and the time come in.
 */

import { type AudienceContext, matchAudience } from './audience';
import { murmur3 } from './hash';
import { scheduleState } from './schedule';
import type { SiteConfig, SiteRules, SurveyDefinition } from './site-config';
import { rankSurveys } from './survey-choice';
import { decide, type RecontactReason, type RecontactRules, type SurveyHistory } from './throttle';

/** Why a survey may not show now: its status, its schedule, sampling, audience, or the recontact rules. */
export type SurveyRefusal =
  | 'draft'
  | 'paused'
  | 'stopped'
  | 'not-started'
  | 'ended'
  | 'not-sampled'
  | 'not-in-audience'
  | RecontactReason;

/** The outcome for one survey; `retryAt` (epoch ms) when the reason has an end (`Infinity`: not by these rules). */
export type SurveyDecision =
  | { eligible: true }
  | { eligible: false; reason: SurveyRefusal; retryAt?: number; detail?: string };

/** One visitor at one moment, as the decisions need them. */
export interface VisitorContext extends AudienceContext {
  history: SurveyHistory;
  /** The sampling key's visitor part: the user id from `identify`, else the anonymous id. */
  visitorId: string;
  /** The browser tab's session id, for the per-session cap. */
  sessionId?: string;
  /** Skip sampling and the recontact rules (`show(id, { force: true })`); status and schedule still apply. */
  force?: boolean;
}

/** The site-wide rules with their defaults (`globalCooldownDays` 30, `maxSurveysPerSession` 1). */
export function resolveSiteRules(rules: SiteRules | undefined): Required<SiteRules> {
  return {
    globalCooldownDays: rules?.globalCooldownDays ?? 30,
    maxSurveysPerSession: rules?.maxSurveysPerSession ?? 1,
  };
}

/** A survey's recontact rules with the site's shared budget in place of any per-survey cooldown or cap. */
export function surveyRecontactRules(survey: SurveyDefinition, site: Pick<SiteConfig, 'rules'>): RecontactRules {
  const shared = resolveSiteRules(site.rules);
  return {
    ...survey.recontact,
    globalCooldownDays: shared.globalCooldownDays,
    maxDisplaysPerSession: shared.maxSurveysPerSession,
  };
}

/**
 * Whether one survey of the site may show to this visitor now. Checks, in order: status (only `running`),
 * schedule, sampling (sticky: `bucket("<surveyId>:<visitorId>") < sampleRate`), audience, then the recontact
 * rules with the site's shared budget (another survey shown within the global cooldown, the session's cap).
 * @throws {RangeError} from `decide` when recontact rules are not numbers (a file that skipped validation).
 */
export function decideSurvey(
  site: Pick<SiteConfig, 'rules'>,
  survey: SurveyDefinition,
  ctx: VisitorContext,
): SurveyDecision {
  if (survey.status !== 'running') return { eligible: false, reason: survey.status };
  const schedule = scheduleState(survey, ctx.now);
  if (schedule !== 'live') {
    const retryAt = schedule === 'not-started' ? Date.parse(survey.startsAt!) : Number.POSITIVE_INFINITY;
    return { eligible: false, reason: schedule, retryAt };
  }
  if (!ctx.force && !(murmur3(`${survey.id}:${ctx.visitorId}`) / 2 ** 32 < (survey.sampleRate ?? 1))) {
    return { eligible: false, reason: 'not-sampled' };
  }
  const audience = matchAudience(survey.audience, ctx);
  if (!audience.match) return { eligible: false, reason: 'not-in-audience', detail: `audience[${audience.index}]` };
  if (ctx.force) return { eligible: true };
  return decide(ctx.history, surveyRecontactRules(survey, site), ctx.now, {
    surveyId: survey.id,
    sessionId: ctx.sessionId,
    accountCreatedAt: ctx.accountCreatedAt,
  });
}

/** One survey's place in the plan: its decision, in the order of the choice. */
export interface SurveyPlanEntry {
  survey: SurveyDefinition;
  decision: SurveyDecision;
}

/**
 * Every survey of the site with its decision, ranked for the choice (priority, then id): the first eligible
 * entry is the one to show when several could show at once. The loader logs the whole plan in debug mode, so
 * the choice can be explained.
 * @example
 * const plan = planSurveys(site, visitor);
 * const winner = plan.find((entry) => entry.decision.eligible)?.survey;
 */
export function planSurveys(site: SiteConfig, ctx: VisitorContext): SurveyPlanEntry[] {
  return rankSurveys(site.surveys).map((survey) => ({ survey, decision: decideSurvey(site, survey, ctx) }));
}
