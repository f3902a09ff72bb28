import { describe, expect, it } from 'vitest';
import { bucket } from './sampling';
import type { SiteConfig, SurveyDefinition } from './site-config';
import { decideSurvey, planSurveys, type VisitorContext } from './site-decision';
import { emptyHistory, recordAnswered, recordDismissed, recordShown, type SurveyHistory } from './throttle';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2, 10);
const day = (n: number) => T0 + n * DAY;

const website: SurveyDefinition = { id: 'website-nps', status: 'running', sampleRate: 0.05 };
const purchase: SurveyDefinition = {
  id: 'post-purchase',
  status: 'running',
  priority: 10,
  trigger: { event: 'order_completed' },
};
const site: SiteConfig = {
  version: '1.0',
  rules: { globalCooldownDays: 30, maxSurveysPerSession: 1 },
  surveys: [website, purchase],
};

/** A visitor id inside the 5 % sample of website-nps. */
const visitorId = Array.from({ length: 2000 }, (_, i) => `visitor-${i}`).find(
  (v) => bucket(`website-nps:${v}`) < 0.05,
)!;

describe('decideSurvey: one survey', () => {
  const ctx = (extra: Partial<VisitorContext> = {}): VisitorContext => ({
    history: emptyHistory(day(-100)),
    visitorId,
    sessionId: 's1',
    now: day(0),
    ...extra,
  });

  it('checks status, schedule, sampling and audience before the recontact rules', () => {
    for (const status of ['draft', 'paused', 'stopped'] as const) {
      expect(decideSurvey(site, { ...website, status }, ctx())).toEqual({ eligible: false, reason: status });
    }
    expect(decideSurvey(site, { ...website, startsAt: new Date(day(1)).toISOString() }, ctx())).toEqual({
      eligible: false,
      reason: 'not-started',
      retryAt: day(1),
    });
    expect(decideSurvey(site, { ...website, endsAt: new Date(day(0)).toISOString() }, ctx())).toMatchObject({
      reason: 'ended',
    });
    expect(decideSurvey(site, website, ctx())).toEqual({ eligible: true });
    expect(decideSurvey(site, website, ctx({ visitorId: 'someone-else-entirely' })).eligible).toBe(
      bucket('website-nps:someone-else-entirely') < 0.05,
    );
    expect(decideSurvey(site, { ...website, sampleRate: 0 }, ctx())).toEqual({
      eligible: false,
      reason: 'not-sampled',
    });
    const pro: SurveyDefinition = {
      ...purchase,
      audience: [{ type: 'attribute', key: 'plan', op: 'equals', value: 'pro' }],
    };
    expect(decideSurvey(site, pro, ctx({ attributes: { plan: 'free' } }))).toEqual({
      eligible: false,
      reason: 'not-in-audience',
      detail: 'audience[0]',
    });
    expect(decideSurvey(site, pro, ctx({ attributes: { plan: 'pro' } }))).toEqual({ eligible: true });
  });

  it('makes account-too-new a real reason once createdAt is known', () => {
    const young: SurveyDefinition = { ...purchase, recontact: { minAccountAgeDays: 14 } };
    expect(decideSurvey(site, young, ctx({ accountCreatedAt: day(-3) }))).toEqual({
      eligible: false,
      reason: 'account-too-new',
      retryAt: day(11),
    });
    expect(decideSurvey(site, young, ctx({ accountCreatedAt: day(-20) }))).toEqual({ eligible: true });
  });

  it('force skips sampling and recontact, never the status or the schedule', () => {
    const shown = recordShown(emptyHistory(day(-100)), 'post-purchase', day(0), { sessionId: 's1' });
    expect(decideSurvey(site, { ...website, sampleRate: 0 }, ctx({ history: shown, force: true }))).toEqual({
      eligible: true,
    });
    expect(decideSurvey(site, { ...website, status: 'paused' }, ctx({ force: true }))).toMatchObject({
      reason: 'paused',
    });
  });
});

describe('the shared budget across surveys, over simulated days', () => {
  /** The visitor's device: one history, a new browser session each day. */
  let history: SurveyHistory;
  const at = (n: number) => ({ history, visitorId, sessionId: `session-day-${n}`, now: day(n) });
  const plan = (n: number) =>
    planSurveys(site, at(n)).map(({ survey, decision }) =>
      decision.eligible
        ? `${survey.id}: eligible`
        : `${survey.id}: ${decision.reason} until day ${((decision.retryAt ?? 0) - T0) / DAY}`,
    );
  const show = (id: string, n: number) => {
    history = recordShown(history, id, day(n), { sessionId: `session-day-${n}` });
  };

  it('website NPS on every page at 5 %, post-purchase after an order: one contact per 30 days', () => {
    history = emptyHistory(day(-10));
    // Day 0, a page view: only website NPS has no trigger to wait for; it shows and is answered.
    expect(plan(0)).toEqual(['post-purchase: eligible', 'website-nps: eligible']);
    show('website-nps', 0);
    history = recordAnswered(history, 'website-nps', day(0));
    // Later that day, an order: the session's one display is used up (the longest wait is the one reported).
    expect(plan(0)).toEqual([
      'post-purchase: session-limit until day Infinity',
      'website-nps: session-limit until day Infinity',
    ]);
    // Day 1, a new session and an order: the site's global cooldown holds post-purchase back until day 30.
    expect(plan(1)).toEqual([
      'post-purchase: global-cooldown until day 30',
      'website-nps: answered-recently until day 90',
    ]);
    expect(plan(29)[0]).toBe('post-purchase: global-cooldown until day 30');
    // Day 30: the order survey may show; it is dismissed.
    expect(plan(30)[0]).toBe('post-purchase: eligible');
    show('post-purchase', 30);
    history = recordDismissed(history, 'post-purchase', day(30));
    // Its own back-off (7 days) ends before the cooldown that its display started for website NPS.
    expect(plan(37)).toEqual(['post-purchase: eligible', 'website-nps: answered-recently until day 90']);
    expect(plan(90)).toEqual(['post-purchase: eligible', 'website-nps: eligible']);
  });

  it('the per-session cap counts every survey of the site', () => {
    history = emptyHistory(day(-10));
    const generous: SiteConfig = { ...site, rules: { globalCooldownDays: 0, maxSurveysPerSession: 2 } };
    const eligible = () =>
      planSurveys(generous, at(0))
        .filter((p) => p.decision.eligible)
        .map((p) => p.survey.id);
    expect(eligible()).toEqual(['post-purchase', 'website-nps']);
    show('post-purchase', 0);
    expect(eligible()).toContain('website-nps');
    show('website-nps', 0);
    expect(eligible()).toEqual([]);
    // A new session (the next day), without a cooldown: displays that were neither answered nor dismissed may repeat.
    expect(planSurveys(generous, at(1)).filter((p) => p.decision.eligible)).toHaveLength(2);
  });
});
