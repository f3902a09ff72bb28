import { describe, expect, it } from 'vitest';
import { makeRecord } from '../test/make-record';
import { groupBy, responseRate } from './segments';
import { summarize } from './stats';

const city = (name: string) => ({ attributes: { city: name, plan: name === 'İzmir' ? 'pro' : 'free' } });

describe('groupBy', () => {
  const records = [
    makeRecord(10, city('İstanbul')),
    makeRecord(9, city('İstanbul')),
    makeRecord(3, city('İstanbul')),
    makeRecord(8, city('İzmir')),
    makeRecord(0, city('İzmir')),
    makeRecord(10),
    makeRecord(undefined, city('İzmir')),
  ];

  it('summarises each attribute value, with records lacking it under null', () => {
    const byCity = groupBy(records, 'city');
    expect([...byCity.keys()]).toEqual(['İstanbul', 'İzmir', null]);
    expect(byCity.get('İstanbul')).toEqual(summarize([10, 9, 3]));
    expect(byCity.get('İzmir')).toEqual(summarize([8, 0]));
    expect(byCity.get(null)).toEqual(summarize([10]));
  });

  it('groups by any attribute or by a function of the record', () => {
    expect(groupBy(records, 'plan').get('pro')!.n).toBe(2);
    const byLocale = groupBy([...records, makeRecord(6, { locale: 'tr' })], (r) => r.locale);
    expect(byLocale.get('tr')!.nps).toBe(-100);
    expect(byLocale.get('en')!.n).toBe(6);
  });

  it('counts each display once, at its latest revision, and leaves previews out', () => {
    const first = makeRecord(3, city('Ankara'));
    const revised = { ...first, revision: 2, score: 9 as const, category: 'promoter' as const };
    const preview = makeRecord(0, { ...city('Ankara'), preview: true });
    const ankara = groupBy([revised, first, preview], 'city').get('Ankara')!;
    expect(ankara).toMatchObject({ n: 1, promoters: 1 });
    expect(groupBy([preview], 'city', { includePreview: true }).get('Ankara')!.n).toBe(1);
  });

  it('weights by 1 / sampleRate when asked', () => {
    const sampled = [makeRecord(10, { sampleRate: 0.1 }), makeRecord(0, { sampleRate: 1 })];
    const all = groupBy(sampled, 'city', { weighted: true }).get(null)!;
    expect(all.nps).toBe(0);
    expect(all.weighted!.nps).toBeCloseTo((100 * (10 - 1)) / 11, 12);
  });

  it('does not read inherited properties as attributes', () => {
    expect([...groupBy([makeRecord(9)], 'constructor').keys()]).toEqual([null]);
    expect(() => groupBy(records, '')).toThrow('groupBy expects an attribute name or a function, got ""');
  });
});

describe('responseRate', () => {
  it('counts displays, answers, dismissals and completions', () => {
    const shown = makeRecord(undefined);
    const records = [
      shown,
      { ...shown, revision: 2, status: 'dismissed' as const, dismissedAt: shown.shownAt },
      makeRecord(9),
      makeRecord(5, { status: 'completed', completedAt: '2026-01-31T12:01:00.000Z' }),
      makeRecord(undefined),
      makeRecord(undefined, { preview: true }),
    ];
    expect(responseRate(records)).toEqual({ displays: 4, answers: 2, dismissals: 1, completions: 1, rate: 0.5 });
    expect(responseRate([])).toEqual({ displays: 0, answers: 0, dismissals: 0, completions: 0, rate: null });
  });
});
