import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../src/rate-limit.js';
import { readScope } from '../src/report/scope-params.js';

describe('createRateLimiter', () => {
  it('lets a burst through, then one request per refill interval', async () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 2, now: () => now });
    expect(await limiter.take('a')).toEqual({ allowed: true });
    expect(await limiter.take('a')).toEqual({ allowed: true });
    expect(await limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 500;
    expect(await limiter.take('a')).toEqual({ allowed: true });
    expect((await limiter.take('a')).allowed).toBe(false);
  });

  it('forgets the oldest clients beyond maxClients, so a flood of addresses cannot grow memory', async () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: () => now, maxClients: 100 });
    for (let i = 0; i < 1000; i++) await limiter.take(`10.0.${i >> 8}.${i & 255}`);
    // The newest client is still limited: its bucket survived the sweeps.
    expect((await limiter.take('10.0.3.231')).allowed).toBe(false);
    // The first one was forgotten (a remembered, empty bucket would refuse it at this same instant).
    expect((await limiter.take('10.0.0.0')).allowed).toBe(true);
    now += 1000;
    expect((await limiter.take('10.0.3.231')).allowed).toBe(true);
  });

  it('names a bad setting', () => {
    expect(() => createRateLimiter({ capacity: 0 })).toThrow('rateLimit.capacity must be at least 1, got 0');
    expect(() => createRateLimiter({ refillPerSecond: -1 })).toThrow(
      'rateLimit.refillPerSecond must be above 0, got -1',
    );
  });
});

describe('readScope', () => {
  const NOW = Date.parse('2026-06-15T10:00:00Z');

  it('defaults to the 90 days up to the end of today (UTC), by week, broken down by city', () => {
    const scope = readScope(new URLSearchParams(), NOW);
    expect(scope).toMatchObject({
      ok: true,
      value: { days: 90, unit: 'week', segment: 'city', category: null, surveyId: undefined },
    });
    if (!scope.ok) return;
    expect(scope.value.to.toISOString()).toBe('2026-06-16T00:00:00.000Z');
    expect(scope.value.from.toISOString()).toBe('2026-03-18T00:00:00.000Z');
    expect(scope.value.previousFrom.toISOString()).toBe('2025-12-18T00:00:00.000Z');
  });

  it('reads survey, days, to, segment and category, choosing the trend unit by length', () => {
    const scope = readScope(
      new URLSearchParams('survey=checkout-nps&days=30&to=2026-01-31&segment=plan&category=detractor'),
      NOW,
    );
    expect(scope).toMatchObject({
      ok: true,
      value: { surveyId: 'checkout-nps', days: 30, unit: 'day', segment: 'plan', category: 'detractor' },
    });
    expect(readScope(new URLSearchParams('days=365'), NOW)).toMatchObject({ value: { unit: 'month' } });
  });

  it('names the parameter and value that are wrong', () => {
    expect(readScope(new URLSearchParams('to=31/01/2026'), NOW)).toEqual({
      ok: false,
      error: 'to must be a date as YYYY-MM-DD, got 31/01/2026',
    });
    expect(readScope(new URLSearchParams('segment=city;drop'), NOW)).toEqual({
      ok: false,
      error: 'segment must be an attribute name, got city;drop',
    });
  });
});
