import { describe, expect, it } from 'vitest';
import { configRefreshAt, configTtlMs } from './config-cache';

const t = Date.UTC(2026, 0, 1);

describe('the configuration cache rules', () => {
  it('takes the TTL from the file, clamped to 60 s – 1 day, 5 minutes by default', () => {
    expect(configTtlMs(600)).toBe(600_000);
    expect(configTtlMs(undefined)).toBe(300_000);
    expect(configTtlMs('600')).toBe(300_000);
    expect(configTtlMs(Number.NaN)).toBe(300_000);
    expect(configTtlMs(1)).toBe(60_000);
    expect(configTtlMs(1e12)).toBe(86_400_000);
  });

  it('asks again at most once per TTL after the last ask, failed or not', () => {
    expect(configRefreshAt(undefined, t)).toBe(0);
    expect(configRefreshAt({}, t)).toBe(0);
    const state = { checkedAt: t, ttl: 600 };
    expect(configRefreshAt(state, t + 1000)).toBe(t + 600_000);
    const due = (now: number) => now >= configRefreshAt(state, now);
    expect([due(t), due(t + 599_999), due(t + 600_000), due(t + 86_400_000)]).toEqual([false, false, true, true]);
  });

  it('refreshes at once when the last ask is in the future (a clock set back)', () => {
    expect(configRefreshAt({ checkedAt: t + 3_600_000, ttl: 86_400 }, t)).toBe(0);
  });
});
