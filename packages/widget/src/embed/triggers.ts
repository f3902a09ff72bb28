import type { TriggerConfig } from './trigger-config';

/** What the trigger watcher needs from its surroundings; injected so tests control time and counts. */
export interface TriggerEnv {
  win: Window;
  now: () => number;
  /** Pages this device has viewed so far, this one included. */
  pageviews: () => number;
}

/** The running watcher of one page's automatic triggers. */
export interface TriggerWatcher {
  /** A custom event from `npskit('track', name, properties)`. */
  track(name: string, properties?: Record<string, unknown>): void;
  /** A single-page-app navigation happened (the URL already changed). */
  navigated(): void;
  stop(): void;
}

/**
 * Calls `fire(name)` once per page view when every configured condition holds. `name` lists the conditions that
 * were met (`event:order_completed+url`), or is `load` when none are configured; it is stored on the response.
 * Conditions measured on the page (time on page, scroll depth, exit intent) start again after an SPA navigation;
 * a tracked event stays met until it has fired a survey.
 */
export function watchTriggers(t: TriggerConfig, env: TriggerEnv, fire: (name: string) => void): TriggerWatcher {
  const { win, now } = env;
  const doc = win.document;
  const start = now();
  const timers: ReturnType<typeof setTimeout>[] = [];
  let event: string | null = null;
  let fired = false;
  let scrolled = false;
  let exited = false;
  let visibleMs = 0;
  let visibleSince: number | null = null;
  let pageTimer: ReturnType<typeof setTimeout> | undefined;

  const visible = () => visibleMs + (visibleSince === null ? 0 : now() - visibleSince);
  const depth = () => ((win.scrollY + win.innerHeight) / Math.max(doc.documentElement.scrollHeight, 1)) * 100;

  const evaluate = () => {
    if (t.manual || fired) return;
    const names: string[] = [];
    if (t.events) {
      if (event === null) return;
      names.push(`event:${event}`);
    }
    if (t.urls) {
      const url = new URL(win.location.href);
      if (!t.urls.some((test) => test(url))) return;
      names.push('url');
    }
    if (t.delay !== undefined) {
      if (now() - start < t.delay) return;
      names.push('delay');
    }
    if (t.minPageviews !== undefined) {
      if (env.pageviews() < t.minPageviews) return;
      names.push('pageviews');
    }
    if (t.timeOnPage !== undefined) {
      if (visible() < t.timeOnPage) return;
      names.push('time-on-page');
    }
    if (t.scrollDepth !== undefined) {
      scrolled ||= depth() >= t.scrollDepth;
      if (!scrolled) return;
      names.push('scroll');
    }
    if (t.exitIntent) {
      if (!exited) return;
      names.push('exit-intent');
    }
    fired = true;
    event = null;
    fire(names.join('+') || 'load');
  };

  // Time on page counts only while the page is visible: a background tab is not being read.
  const onVisibility = () => {
    clearTimeout(pageTimer);
    if (doc.visibilityState === 'hidden') {
      visibleMs = visible();
      visibleSince = null;
    } else {
      visibleSince ??= now();
      if (t.timeOnPage !== undefined) pageTimer = setTimeout(evaluate, Math.max(0, t.timeOnPage - visible()) + 1);
    }
  };
  // Exit intent: the pointer leaves through the top edge, towards the tabs or the close button.
  const onMouseOut = (e: MouseEvent) => {
    if (!e.relatedTarget && e.clientY <= 0 && win.matchMedia?.('(pointer: fine)').matches) {
      exited = true;
      evaluate();
    }
  };
  const passive = { passive: true };
  if (t.delay !== undefined) timers.push(setTimeout(evaluate, t.delay + 1));
  if (t.scrollDepth !== undefined) win.addEventListener('scroll', evaluate, passive);
  if (t.exitIntent) doc.addEventListener('mouseout', onMouseOut);
  doc.addEventListener('visibilitychange', onVisibility);
  onVisibility();
  evaluate();

  return {
    track(name, properties = {}) {
      const match = t.events?.some(
        (c) =>
          c.name === name &&
          Object.keys(c.properties ?? {}).every(
            (key) => Object.hasOwn(properties, key) && properties[key] === c.properties![key],
          ),
      );
      if (match) {
        event = name;
        evaluate();
      }
    },
    navigated() {
      fired = scrolled = exited = false;
      visibleMs = 0;
      if (visibleSince !== null) visibleSince = now();
      onVisibility();
      evaluate();
    },
    stop() {
      fired = true;
      for (const timer of timers) clearTimeout(timer);
      clearTimeout(pageTimer);
      win.removeEventListener('scroll', evaluate);
      doc.removeEventListener('mouseout', onMouseOut);
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
