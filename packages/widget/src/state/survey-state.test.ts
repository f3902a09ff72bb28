import type { ResponseRecord } from '@npskit/core';
import { describe, expect, it } from 'vitest';
import { createSurveyState, type DisplayContext, type RecordChange } from './survey-state';

function setup(patch: Partial<DisplayContext> = {}) {
  const changes: [ResponseRecord, RecordChange][] = [];
  let t = Date.UTC(2026, 0, 1);
  const state = createSurveyState({
    surveyId: 'nps',
    anonymousId: 'anon-1',
    locale: 'en',
    direction: 'ltr',
    orientation: 'left-to-right',
    sampleRate: 0.5,
    trigger: 'manual',
    preview: false,
    commentMaxLength: 20,
    now: () => (t += 1000),
    onChange: (record, change) => changes.push([record, change]),
    ...patch,
  });
  return { state, changes, records: () => changes.map(([r]) => r) };
}

describe('survey state', () => {
  it('starts with a shown record, revision 1, and sends it', () => {
    const { state, changes } = setup({ userId: 'u1', attributes: { plan: 'pro' }, preview: true });
    expect(state.step.value).toBe('score');
    expect(changes).toHaveLength(1);
    const [record, change] = changes[0]!;
    expect(change).toBe('shown');
    expect(record).toMatchObject({
      revision: 1,
      status: 'shown',
      surveyId: 'nps',
      anonymousId: 'anon-1',
      userId: 'u1',
      sampleRate: 0.5,
      preview: true,
      attributes: { plan: 'pro' },
      sdk: { name: '@npskit/widget' },
    });
    expect(record.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('score → follow-up → thanks, with a growing revision on each change', () => {
    const { state, records } = setup();
    state.choose(3);
    expect(state.step.value).toBe('follow-up');
    expect(records()[1]).toMatchObject({ status: 'answered', score: 3, category: 'detractor', revision: 2 });
    state.choose(9);
    expect(records()[2]).toMatchObject({ status: 'answered', score: 9, category: 'promoter', revision: 3 });
    expect(records()[2]!.answeredAt).toBe(records()[1]!.answeredAt);
    expect(records()[2]!.updatedAt > records()[1]!.updatedAt).toBe(true);
    state.toggleReason('quality');
    state.toggleReason('support');
    state.toggleReason('quality');
    state.setComment('  Great support team, thank you!  ');
    state.submit();
    expect(state.step.value).toBe('thanks');
    const done = records()[3]!;
    expect(done).toMatchObject({ status: 'completed', revision: 4, reasons: ['support'], score: 9 });
    expect(done.comment).toBe('Great support team'); // clipped to commentMaxLength (20), then trimmed
    expect(new Set(records().map((r) => r.id)).size).toBe(1);
    expect(done.completedAt! > done.answeredAt!).toBe(true);
  });

  it('clears picked reasons when the category changes', () => {
    const { state } = setup();
    state.choose(2);
    state.toggleReason('price');
    state.choose(5);
    expect(state.reasons.value).toEqual(['price']);
    state.choose(10);
    expect(state.reasons.value).toEqual([]);
  });

  it('skip keeps the answered record and records no dismissal when closing the thanks', () => {
    const { state, records } = setup();
    state.choose(7);
    state.skip();
    expect(state.step.value).toBe('thanks');
    expect(state.dismiss()).toBe(false);
    expect(records().at(-1)).toMatchObject({ status: 'answered', revision: 2 });
  });

  it.each([
    ['score', [] as number[], { status: 'dismissed', revision: 2 }],
    ['follow-up', [4], { status: 'dismissed', revision: 3, score: 4, category: 'detractor' }],
  ])('dismissal at the %s step makes a dismissed revision', (_step, scores, expected) => {
    const { state, records } = setup();
    for (const s of scores) state.choose(s as 4);
    expect(state.dismiss()).toBe(true);
    expect(state.step.value).toBe('closed');
    expect(records().at(-1)).toMatchObject(expected);
    expect(records().at(-1)!.dismissedAt).toBeDefined();
  });

  it('never moves a completed record back and ignores scores after submit', () => {
    const { state, records } = setup();
    state.choose(9);
    state.submit();
    state.choose(1);
    expect(state.dismiss()).toBe(false);
    expect(records().at(-1)).toMatchObject({ status: 'completed', score: 9 });
  });

  it('stores contact consent as a new revision', () => {
    const { state, records } = setup();
    state.choose(1);
    state.submit();
    state.saveContact(true, 'ana@example.com');
    expect(records().at(-1)).toMatchObject({ contact: { consent: true, email: 'ana@example.com' }, revision: 4 });
  });
});
