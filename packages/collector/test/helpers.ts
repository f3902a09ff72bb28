import type { KeyValueStorage } from '@npskit/core';

/** Polls until `check` returns true (or throws when `ms` pass). */
export async function waitFor(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('waitFor: condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * A virtual clock for the collector's injected time: each timer fires on the next real tick and moves the clock
 * forward by its delay, so backoff and Retry-After waits are recorded exactly and cost no real time.
 */
export function virtualTime(start = Date.UTC(2026, 10, 24, 12, 0, 0)) {
  let clock = start;
  const waits: number[] = [];
  const handles = new Map<number, ReturnType<typeof setTimeout>>();
  let next = 0;
  return {
    waits,
    now: () => clock,
    advance: (ms: number) => {
      clock += ms;
    },
    setTimeout: (callback: () => void, ms: number) => {
      const id = ++next;
      waits.push(ms);
      handles.set(
        id,
        setTimeout(() => {
          handles.delete(id);
          clock += ms;
          callback();
        }, 0),
      );
      return id;
    },
    clearTimeout: (id: unknown) => {
      clearTimeout(handles.get(id as number));
      handles.delete(id as number);
    },
  };
}

/** Storage whose every method throws, like localStorage with storage disabled. */
export function throwingStorage(): KeyValueStorage & { calls: number } {
  const storage = {
    calls: 0,
    getItem(): string | null {
      storage.calls++;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    setItem(): void {
      storage.calls++;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    removeItem(): void {
      storage.calls++;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  };
  return storage;
}

/** Storage that is full: reads and removals work, every write throws QuotaExceededError. */
export function fullStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

/** A seeded PRNG (mulberry32), so a failure pattern can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Resolves after `ms` real milliseconds. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
