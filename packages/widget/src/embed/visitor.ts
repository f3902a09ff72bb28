import type { KeyValueStorage, SurveyHistory } from '@npskit/core';

/** A random RFC 4122 version 4 UUID; getRandomValues also works on plain-http pages, unlike randomUUID. */
export const uuid = (): string =>
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16),
  );

/** What the loader remembers about this device. Storage keys are documented in docs/privacy-and-security.md. */
export interface Visitor {
  /** Random id stored under `npskit:aid`. */
  anonymousId: string;
  /** Random id per browser tab session (`npskit:session` in sessionStorage), for the per-session display limit. */
  sessionId: string;
  /** Recontact history (`npskit:history`). */
  history: SurveyHistory;
  /** Pages viewed on this device (`npskit:pageviews`). */
  pageviews: number;
  /** Stores a new history (from recordShown/recordAnswered/recordDismissed). */
  save(history: SurveyHistory): void;
  /** Whether this page load was counted already (re-inits must not count it again). */
  counted?: boolean;
  /** Counts one more page view. */
  pageview(): void;
  /** True when the collector's outbox (`npskit:outbox`) holds records an earlier page could not deliver. */
  outbox(): boolean;
  /** Forgets the visitor: new anonymous id, empty history, no page views. */
  reset(): void;
}

/**
 * Loads (or creates) the visitor from `storage` (localStorage) and `session` (sessionStorage). Values are JSON.
 * Storage may throw on any call; the visitor then lives in memory for this page, which is the memory fallback.
 */
export function openVisitor(storage: KeyValueStorage, session: KeyValueStorage, now: () => number): Visitor {
  const get = (key: string, s = storage): unknown => {
    try {
      return JSON.parse(s.getItem(`npskit:${key}`)!);
    } catch {}
  };
  const set = (key: string, value: unknown, s = storage): void => {
    try {
      value === undefined ? s.removeItem(`npskit:${key}`) : s.setItem(`npskit:${key}`, JSON.stringify(value));
    } catch {}
  };
  const sessionId = (get('session', session) as string) || uuid();
  set('session', sessionId, session);
  const v = {
    sessionId,
    save(history) {
      v.history = history;
      set('history', history);
    },
    pageview() {
      set('pageviews', ++v.pageviews);
    },
    outbox: () => !!(get('outbox') as { entries?: unknown[] } | null)?.entries?.length,
    reset() {
      for (const key of ['aid', 'history', 'pageviews']) set(key, undefined);
      load();
    },
  } as Visitor;
  const load = () => {
    const stored = get('history') as SurveyHistory | null;
    v.anonymousId = (get('aid') as string) || uuid();
    set('aid', v.anonymousId);
    // Only the shape decide() relies on is checked here (it copes with odd values inside); the UI chunk runs the
    // full restoreHistory before writing. Saved at once, so firstSeenAt survives the next page load.
    v.save(stored?.version === 1 && stored.surveys ? stored : { version: 1, firstSeenAt: now(), surveys: {} });
    v.pageviews = +(get('pageviews') as number) || 0;
  };
  load();
  return v;
}
