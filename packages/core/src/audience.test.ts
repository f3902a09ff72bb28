import { describe, expect, it } from 'vitest';
import { type AudienceContext, matchAudience } from './audience';
import type { AudienceCondition } from './site-config';
import { compileUrlPattern, type UrlPattern } from './url-pattern';

const DAY = 86_400_000;
const now = Date.UTC(2026, 5, 1);
const ctx = (extra: Partial<AudienceContext> = {}): AudienceContext => ({ now, ...extra });
const is = (condition: AudienceCondition, extra: Partial<AudienceContext>) =>
  matchAudience([condition], ctx(extra)).match;
const plan = (op: string, value?: unknown) => ({ type: 'attribute', key: 'plan', op, value }) as AudienceCondition;
const seats = (op: string, value: number) => ({ type: 'attribute', key: 'seats', op, value }) as AudienceCondition;

describe('matchAudience', () => {
  it('matches everyone without conditions', () => {
    expect(matchAudience(undefined, ctx())).toEqual({ match: true });
    expect(matchAudience([], ctx())).toEqual({ match: true });
  });

  it('compares identify attributes: equals, oneOf, their negations, exists', () => {
    const pro = { attributes: { plan: 'pro' } };
    const free = { attributes: { plan: 'free' } };
    const anonymous = {};
    expect([
      is(plan('equals', 'pro'), pro),
      is(plan('equals', 'pro'), free),
      is(plan('equals', 'pro'), anonymous),
    ]).toEqual([true, false, false]);
    expect([
      is(plan('notEquals', 'free'), pro),
      is(plan('notEquals', 'free'), free),
      is(plan('notEquals', 'free'), anonymous),
    ]).toEqual([true, false, true]);
    expect([is(plan('oneOf', ['pro', 'team']), pro), is(plan('oneOf', ['pro', 'team']), free)]).toEqual([true, false]);
    expect([
      is(plan('notOneOf', ['free']), pro),
      is(plan('notOneOf', ['free']), free),
      is(plan('notOneOf', ['free']), anonymous),
    ]).toEqual([true, false, true]);
    expect([is(plan('exists'), pro), is(plan('exists'), anonymous), is(plan('notExists'), anonymous)]).toEqual([
      true,
      false,
      true,
    ]);
    // Types are not coerced: the string "12" is not the number 12.
    expect(is({ type: 'attribute', key: 'seats', op: 'equals', value: 12 }, { attributes: { seats: '12' } })).toBe(
      false,
    );
  });

  it('compares numbers, and a missing or non-numeric attribute never passes a comparison', () => {
    const ten = { attributes: { seats: 10 } };
    expect([
      is(seats('lt', 10), ten),
      is(seats('lte', 10), ten),
      is(seats('gt', 9), ten),
      is(seats('gte', 11), ten),
    ]).toEqual([false, true, true, false]);
    expect(is(seats('lt', 100), {})).toBe(false);
    expect(is(seats('lt', 100), { attributes: { seats: '5' } })).toBe(false);
  });

  it('reads own attributes only', () => {
    const attributes = Object.create({ plan: 'pro' }) as Record<string, string>;
    expect(is(plan('equals', 'pro'), { attributes })).toBe(false);
  });

  it('matches the visitor’s first language by language, region optional', () => {
    const de: AudienceCondition = { type: 'locale', op: 'oneOf', value: ['de', 'pt-BR'] };
    expect(is(de, { locales: ['de-AT', 'en'] })).toBe(true);
    expect(is(de, { locales: ['pt-BR'] })).toBe(true);
    expect(is(de, { locales: ['pt-PT'] })).toBe(false);
    expect(is(de, { locales: ['en', 'de'] })).toBe(false);
    expect(is(de, { locales: ['dE'] })).toBe(true);
    expect(is({ type: 'locale', op: 'notOneOf', value: ['de'] }, { locales: ['fr'] })).toBe(true);
    expect(is(de, {})).toBe(false);
  });

  it('tests URL conditions with the injected test, and counts them as met without one', () => {
    const app: AudienceCondition = { type: 'url', op: 'matches', value: '/app/**' };
    const page = (pathname: string) => ({
      href: `https://x.example${pathname}`,
      origin: 'https://x.example',
      pathname,
      search: '',
      hash: '',
    });
    const at = (pathname: string) => ({ matchUrl: (p: UrlPattern) => compileUrlPattern(p)(page(pathname)) });
    expect(is(app, at('/app/settings/team'))).toBe(true);
    expect(is(app, at('/pricing'))).toBe(false);
    expect(is({ ...app, op: 'notMatches' }, at('/pricing'))).toBe(true);
    expect(is(app, {})).toBe(true);
  });

  it('measures account age in days from createdAt; unknown age never matches', () => {
    const old: AudienceCondition = { type: 'accountAge', op: 'gte', value: 30 };
    expect(is(old, { accountCreatedAt: now - 30 * DAY })).toBe(true);
    expect(is(old, { accountCreatedAt: now - 29 * DAY })).toBe(false);
    expect(is({ type: 'accountAge', op: 'lt', value: 7 }, { accountCreatedAt: now - DAY })).toBe(true);
    expect(is({ type: 'accountAge', op: 'lt', value: 7 }, {})).toBe(false);
  });

  it('needs every condition, and says which one failed first', () => {
    const audience: AudienceCondition[] = [
      plan('oneOf', ['pro', 'team']),
      { type: 'accountAge', op: 'gte', value: 30 },
    ];
    expect(matchAudience(audience, ctx({ attributes: { plan: 'pro' }, accountCreatedAt: now - 40 * DAY }))).toEqual({
      match: true,
    });
    expect(matchAudience(audience, ctx({ attributes: { plan: 'pro' }, accountCreatedAt: now - DAY }))).toEqual({
      match: false,
      index: 1,
    });
    expect(matchAudience(audience, ctx({ attributes: { plan: 'free' } }))).toEqual({ match: false, index: 0 });
  });
});
