import { describe, expect, it } from 'vitest';
import { restoreHistory } from './restore-history';
import {
  DEFAULT_RECONTACT_RULES,
  type Decision,
  decide,
  emptyHistory,
  type RecontactRules,
  recordAnswered,
  recordDismissed,
  recordShown,
  type SurveyHistory,
} from './throttle';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1, 12);
const at = (days: number) => T0 + days * DAY;
const ok: Decision = { eligible: true };
const no = (reason: string, retryDays: number): Decision => ({
  eligible: false,
  reason: reason as never,
  retryAt: retryDays === Number.POSITIVE_INFINITY ? retryDays : at(retryDays),
});

/** A visitor's life as a list of events on day offsets, replayed through the pure updaters. */
type Event = [day: number, kind: 'shown' | 'answered' | 'dismissed', surveyId?: string, sessionId?: string];
function replay(events: Event[], firstSeenDay = -365): SurveyHistory {
  let h = emptyHistory(at(firstSeenDay));
  for (const [day, kind, survey = 'nps', sessionId] of events) {
    if (kind === 'shown') h = recordShown(h, survey, at(day), { sessionId });
    if (kind === 'answered') h = recordAnswered(h, survey, at(day));
    if (kind === 'dismissed') h = recordDismissed(h, survey, at(day));
  }
  return h;
}

describe('decide: the recontact matrix with default rules', () => {
  const shownAndDismissed = (day: number): Event[] => [
    [day, 'shown'],
    [day, 'dismissed'],
  ];
  const cases: [name: string, events: Event[], checkDay: number, expected: Decision][] = [
    ['a new visitor (long seen) is eligible', [], 0, ok],
    [
      'answered 1 day ago',
      [
        [0, 'shown'],
        [0, 'answered'],
      ],
      1,
      no('answered-recently', 90),
    ],
    [
      'answered 89.9 days ago',
      [
        [0, 'shown'],
        [0, 'answered'],
      ],
      89.9,
      no('answered-recently', 90),
    ],
    [
      'answered exactly 90 days ago',
      [
        [0, 'shown'],
        [0, 'answered'],
      ],
      90,
      ok,
    ],
    ['dismissed once, 6 days later', shownAndDismissed(0), 6, no('dismissed-recently', 7)],
    ['dismissed once, 7 days later', shownAndDismissed(0), 7, ok],
    [
      'dismissed twice, 29 days after the second',
      [...shownAndDismissed(0), ...shownAndDismissed(7)],
      36,
      no('dismissed-recently', 37),
    ],
    ['dismissed twice, 30 days after the second', [...shownAndDismissed(0), ...shownAndDismissed(7)], 37, ok],
    [
      'dismissed 3 times: 90 days',
      [...shownAndDismissed(0), ...shownAndDismissed(7), ...shownAndDismissed(37)],
      126,
      no('dismissed-recently', 127),
    ],
    [
      'dismissed 4 times: the last step repeats',
      [...shownAndDismissed(0), ...shownAndDismissed(7), ...shownAndDismissed(37), ...shownAndDismissed(127)],
      216,
      no('dismissed-recently', 217),
    ],
    [
      'an answer resets the back-off',
      [...shownAndDismissed(0), ...shownAndDismissed(7), [37, 'shown'], [37, 'answered'], ...shownAndDismissed(127)],
      133,
      no('dismissed-recently', 134),
    ],
    [
      'closing the follow-up after a score is not a dismissal',
      [
        [0, 'shown'],
        [0, 'answered'],
        [0, 'dismissed'],
      ],
      89,
      no('answered-recently', 90),
    ],
    ['another survey shown 10 days ago: global cooldown', [[0, 'shown', 'onboarding']], 10, no('global-cooldown', 30)],
    ['another survey shown 30 days ago', [[0, 'shown', 'onboarding']], 30, ok],
    ['shown but ignored (no session given): eligible again', [[0, 'shown']], 0.5, ok],
  ];
  it.each(cases)('%s', (_name, events, checkDay, expected) => {
    expect(decide(replay(events), {}, at(checkDay), { surveyId: 'nps' })).toEqual(expected);
  });

  it('without a survey id, the per-survey rules look at every survey', () => {
    const h = replay([
      [0, 'shown', 'onboarding'],
      [0, 'answered', 'onboarding'],
    ]);
    expect(decide(h, {}, at(10))).toEqual(no('answered-recently', 90));
    expect(decide(h, {}, at(10), { surveyId: 'nps' })).toEqual(no('global-cooldown', 30));
  });
});

describe('decide: first-seen, account age, session', () => {
  it('waits after first seen and after account creation when asked to', () => {
    const h = emptyHistory(at(0));
    const rules: RecontactRules = { waitAfterFirstSeenDays: 3, minAccountAgeDays: 30 };
    expect(decide(h, {}, at(0))).toEqual(ok);
    expect(decide(h, rules, at(1))).toEqual(no('first-seen-too-recently', 3));
    expect(decide(h, rules, at(5))).toEqual(ok);
    expect(decide(h, rules, at(5), { accountCreatedAt: at(-10) })).toEqual(no('account-too-new', 20));
    expect(decide(h, rules, at(20), { accountCreatedAt: at(-10) })).toEqual(ok);
  });

  it('allows one display per session by default', () => {
    const h = replay([[0, 'shown', 'nps', 's1']]);
    expect(decide(h, {}, at(0.01), { surveyId: 'nps', sessionId: 's1' })).toEqual(
      no('session-limit', Number.POSITIVE_INFINITY),
    );
    expect(decide(h, {}, at(0.01), { surveyId: 'nps', sessionId: 's2' })).toEqual(ok);
    expect(decide(h, { maxDisplaysPerSession: 2 }, at(0.01), { surveyId: 'nps', sessionId: 's1' })).toEqual(ok);
  });

  it('counts displays of every survey against the session limit and restarts the count in a new session', () => {
    let h = replay([
      [0, 'shown', 'a', 's1'],
      [0, 'shown', 'b', 's1'],
    ]);
    expect(h.session).toEqual({ id: 's1', shown: 2 });
    h = recordShown(h, 'a', at(1), { sessionId: 's2' });
    expect(h.session).toEqual({ id: 's2', shown: 1 });
  });

  it('stops after N consecutive dismissals when asked to', () => {
    const rules = { stopAfterDismissals: 2 };
    const once = replay([
      [0, 'shown'],
      [0, 'dismissed'],
    ]);
    expect(decide(once, rules, at(8), { surveyId: 'nps' })).toEqual(ok);
    const twice = replay([
      [0, 'shown'],
      [0, 'dismissed'],
      [8, 'shown'],
      [8, 'dismissed'],
    ]);
    expect(decide(twice, rules, at(1000), { surveyId: 'nps' })).toEqual(
      no('dismissed-too-often', Number.POSITIVE_INFINITY),
    );
    expect(decide(recordAnswered(twice, 'nps', at(9)), rules, at(1000), { surveyId: 'nps' })).toEqual(ok);
  });

  it('reports the longest wait when several rules apply', () => {
    const h = replay([
      [0, 'shown'],
      [0, 'answered'],
      [1, 'shown', 'other'],
    ]);
    expect(decide(h, { globalCooldownDays: 200 }, at(2), { surveyId: 'nps' })).toEqual(no('global-cooldown', 201));
    expect(decide(h, {}, at(2), { surveyId: 'nps' })).toEqual(no('answered-recently', 90));
  });

  it('honours custom waits and a zero wait', () => {
    const h = replay([
      [0, 'shown'],
      [0, 'dismissed'],
    ]);
    expect(decide(h, { waitAfterDismissalDays: [1] }, at(0.5), { surveyId: 'nps' })).toEqual(
      no('dismissed-recently', 1),
    );
    expect(decide(h, { waitAfterDismissalDays: [] }, at(0.5), { surveyId: 'nps' })).toEqual(ok);
    expect(decide(replay([[0, 'answered']]), { waitAfterAnswerDays: 0 }, at(0), { surveyId: 'nps' })).toEqual(ok);
  });
});

describe('rules validation', () => {
  it.each([
    [{ waitAfterAnswerDays: -1 }, 'recontact rule waitAfterAnswerDays must be a non-negative number, got -1'],
    [{ waitAfterAnswerDays: '90' }, 'recontact rule waitAfterAnswerDays must be a non-negative number, got "90"'],
    [{ maxDisplaysPerSession: Number.NaN }, 'maxDisplaysPerSession must be a non-negative number, got NaN'],
    [{ waitAfterDismissalDays: 7 }, 'waitAfterDismissalDays must be a list of non-negative numbers of days, got 7'],
    [
      { waitAfterDismissalDays: [7, -30] },
      'waitAfterDismissalDays must be a list of non-negative numbers of days, got [7, -30]',
    ],
  ])('rejects %j', (rules, message) => {
    expect(() => decide(emptyHistory(T0), rules as RecontactRules, T0)).toThrow(RangeError);
    expect(() => decide(emptyHistory(T0), rules as RecontactRules, T0)).toThrow(message);
  });

  it('ignores rules inherited from a polluted prototype', () => {
    const rules = Object.create({ waitAfterAnswerDays: 0 }) as RecontactRules;
    expect(decide(replay([[0, 'answered']]), rules, at(1), { surveyId: 'nps' })).toEqual(no('answered-recently', 90));
  });

  it('exposes frozen defaults', () => {
    expect(DEFAULT_RECONTACT_RULES).toMatchObject({ waitAfterAnswerDays: 90, waitAfterDismissalDays: [7, 30, 90] });
    expect(Object.isFrozen(DEFAULT_RECONTACT_RULES)).toBe(true);
  });
});

describe('history', () => {
  it('updaters are pure and the history survives JSON', () => {
    const h0 = emptyHistory(T0);
    const h1 = recordShown(h0, 'nps', at(1), { sessionId: 's' });
    expect(h0).toEqual({ version: 1, firstSeenAt: T0, surveys: {} });
    const h2 = recordDismissed(h1, 'nps', at(1));
    expect(JSON.parse(JSON.stringify(h2))).toEqual(h2);
    expect(h2.surveys['nps']).toEqual({ lastShownAt: at(1), lastDismissedAt: at(1), dismissals: 1 });
  });

  it('stores a survey id of __proto__ as data, not as a prototype', () => {
    const h = recordAnswered(emptyHistory(T0), '__proto__', at(0));
    expect(Object.getPrototypeOf(h.surveys)).toBe(Object.prototype);
    expect(Object.keys(h.surveys)).toEqual(['__proto__']);
    expect(decide(h, {}, at(1), { surveyId: '__proto__' })).toEqual(no('answered-recently', 90));
  });

  it('decide survives a corrupted history entry', () => {
    const h = {
      ...replay([[0, 'answered']]),
      surveys: { broken: null, nps: { lastAnsweredAt: at(0), dismissals: 0 } },
    };
    expect(decide(h as never, {}, at(1), { surveyId: 'nps' })).toEqual(no('answered-recently', 90));
  });

  it('restoreHistory keeps well-formed parts and drops the rest', () => {
    const stored = JSON.parse(
      '{"version":1,"firstSeenAt":5,"surveys":{"nps":{"lastAnsweredAt":7,"dismissals":"x","lastShownAt":null},"__proto__":{"dismissals":1},"bad":3},"session":{"id":"s","shown":2}}',
    );
    expect(restoreHistory(stored, T0)).toEqual({
      version: 1,
      firstSeenAt: 5,
      surveys: { nps: { lastAnsweredAt: 7, dismissals: 0 } },
      session: { id: 's', shown: 2 },
    });
    for (const junk of [null, 'x', [], { version: 2 }, 42]) expect(restoreHistory(junk, T0)).toEqual(emptyHistory(T0));
  });
});
