import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeRecord } from '../test/records';
import { backoffDelay } from './backoff';
import { createCollector } from './client';
import { memoryStorage } from './storage';

describe('backoffDelay', () => {
  const policy = { baseMs: 100, capMs: 1000, jitter: true };
  it('grows exponentially up to the cap without jitter', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((attempt) =>
      backoffDelay(attempt, { ...policy, jitter: false }, Math.random),
    );
    expect(delays).toEqual([100, 200, 400, 800, 1000, 1000]);
  });
  it('with full jitter stays within [0, ceiling)', () => {
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(200);
    expect(backoffDelay(3, policy, () => 0.999999)).toBeLessThan(400);
    expect(backoffDelay(9, policy, () => 0.999999)).toBeLessThan(1000);
  });
});

describe('retry timing (fake timers)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Runs one round against an endpoint that always answers 503 and returns the gaps between tries. */
  async function gapsOfOneRound(jitter: boolean): Promise<number[]> {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const tries: number[] = [];
    const client = createCollector({
      endpoint: 'https://collector.example/nps',
      storage: memoryStorage(),
      retry: { attempts: 8, baseMs: 100, capMs: 1000, jitter },
      fetch: async () => {
        tries.push(Date.now());
        return new Response('', { status: 503 });
      },
    });
    client.send(makeRecord('a'));
    let done = false;
    const flushed = client.flush().then(() => {
      done = true;
    });
    while (!done) await vi.advanceTimersByTimeAsync(50);
    await flushed;
    client.dispose();
    expect(tries).toHaveLength(8);
    return tries.slice(1).map((at, i) => at - (tries[i] ?? 0));
  }

  it('waits the exponential ceiling between tries without jitter', async () => {
    const gaps = await gapsOfOneRound(false);
    // The fake clock advances in 50 ms steps, so each gap is the ceiling rounded up to a step.
    expect(gaps.map((gap) => Math.ceil(gap / 50) * 50)).toEqual([100, 200, 400, 800, 1000, 1000, 1000]);
  });

  it('waits a random time within [0, ceiling] with full jitter, not always the same', async () => {
    const all: number[] = [];
    for (let run = 0; run < 5; run++) {
      const gaps = await gapsOfOneRound(true);
      gaps.forEach((gap, i) => {
        expect(gap).toBeGreaterThanOrEqual(0);
        // One 50 ms fake-clock step of slack.
        expect(gap).toBeLessThanOrEqual(Math.min(1000, 100 * 2 ** i) + 50);
      });
      all.push(...gaps);
    }
    expect(new Set(all).size).toBeGreaterThan(3);
    expect(all.some((gap, i) => gap < Math.min(1000, 100 * 2 ** (i % 7)) / 2)).toBe(true);
  });
});
