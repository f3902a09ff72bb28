import type { KeyValueStorage, SurveyHistory } from '@npskit/core';

/** `window` in a page; an object with fake storages in tests. */
export interface StorageHolder {
  localStorage: KeyValueStorage;
  sessionStorage: KeyValueStorage;
}

/**
 * A random id with 128 bits from the CSPRNG, e.g. `3719246510-88713906-2774109254-1459380061`. Not a UUID on
 * purpose: the shortest code that is unguessable and works on plain-http pages (randomUUID needs https).
 */
export const randomId = (): string => crypto.getRandomValues(new Uint32Array(4)).join('-');

/** What the loader remembers about this device. Storage keys are documented in docs/privacy-and-security.md. */
export interface Visitor {
  /** Random id stored under `npskit:aid`. */
  anonymousId: string;
  /** Random id per browser tab session (`npskit:session` in sessionStorage), for the per-session display limit. */
  sessionId: string;
  /** Recontact history (`npskit:history`). */
  history: SurveyHistory;
  /** Stores a new history (from recordShown/recordAnswered/recordDismissed). */
  save(history: SurveyHistory): void;
  /** Reads `npskit:<key>` (JSON) from localStorage; undefined when absent or unreadable. */
  get(key: string): unknown;
  /** Writes `npskit:<key>` to localStorage as JSON; never throws. */
  set(key: string, value: unknown): void;
  /** Whether this page load was counted as a page view already (re-inits must not count it again). */
  counted?: boolean;
  /** Forgets the visitor: new anonymous id, empty history, no page views. */
  reset(): void;
}

/**
 * Loads (or creates) the visitor from localStorage, and the session id from sessionStorage. Values are JSON.
 * Even reading `window.localStorage` may throw (sandboxed iframes, storage disabled), and so may every call
 * (quota): all of it happens inside try, and the visitor then lives in memory for this page — the memory fallback.
 */
export function openVisitor(holder: StorageHolder, now: () => number): Visitor {
  type Kind = keyof StorageHolder;
  const get = (key: string, kind: Kind = 'localStorage'): unknown => {
    try {
      return JSON.parse(holder[kind].getItem(`npskit:${key}`)!);
    } catch {}
  };
  const set = (key: string, value: unknown, kind: Kind = 'localStorage'): void => {
    try {
      holder[kind].setItem(`npskit:${key}`, JSON.stringify(value));
    } catch {}
  };
  const sessionId = (get('session', 'sessionStorage') as string) || randomId();
  set('session', sessionId, 'sessionStorage');
  const v = {
    sessionId,
    save(history) {
      v.history = history;
      set('history', history);
    },
    get,
    set,
    reset() {
      // null, not removal: it reads back as "nothing stored" and saves a removeItem path in every-page code.
      for (const key of ['aid', 'history', 'pageviews']) set(key, null);
      load();
    },
  } as Visitor;
  const load = () => {
    const stored = get('history') as SurveyHistory | null;
    v.anonymousId = (get('aid') as string) || randomId();
    set('aid', v.anonymousId);
    // Only the shape decide() relies on is checked here (it copes with odd values inside); the UI chunk runs the
    // full restoreHistory before writing. Saved at once, so firstSeenAt survives the next page load.
    v.save(stored?.surveys ? stored : { version: 1, firstSeenAt: now(), surveys: {} });
  };
  load();
  return v;
}
