import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { snippetPage } from './support/pages';
import { useSuite } from './support/session';
import { chooseScore, embedEvents, recordEmbedEvents, submitFollowUp, waitForSurvey } from './support/survey';

// Issue 6, item 6: npskit leaves no trace it was not asked to leave. Every file of the suite also fails a test
// whose page wrote to the console or threw (support/session.ts); this file checks what `destroy` cleans up.
const suite = useSuite();

interface Ledger {
  listeners: Map<string, { target: EventTarget; type: string }>;
  timers: Map<number, string>;
  frames: Set<number>;
  observers: Set<{ disconnect(): void; what: string; live: boolean }>;
  nodes: number;
}

// Runs before the page: wraps the APIs npskit may use to hook into the page, and keeps only what was added from
// npskit's own files (their URLs are in the call stack), so the host page's and the harness's own use is ignored.
function instrument(): void {
  const fromNpskit = () => /\/npskit\/cdn\//.test(new Error().stack ?? '');
  const ledger: Ledger = { listeners: new Map(), timers: new Map(), frames: new Set(), observers: new Set(), nodes: 0 };
  (window as unknown as { __ledger: Ledger }).__ledger = ledger;
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (o: object) => {
    if (!ids.has(o)) ids.set(o, nextId++);
    return ids.get(o);
  };
  const key = (target: EventTarget, type: string, fn: unknown, options: unknown) => {
    const capture = typeof options === 'boolean' ? options : !!(options as { capture?: boolean } | undefined)?.capture;
    return `${idOf(target)}|${type}|${fn && typeof fn === 'object' ? idOf(fn) : idOf(fn as object)}|${capture}`;
  };
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (this: EventTarget, type: string, fn: unknown, options?: unknown) {
    if (fn && fromNpskit()) {
      const signal = (options as { signal?: AbortSignal } | undefined)?.signal;
      const k = key(this, type, fn, options);
      ledger.listeners.set(k, { target: this, type });
      signal?.addEventListener('abort', () => ledger.listeners.delete(k));
    }
    return add.call(this, type, fn as EventListener, options as AddEventListenerOptions);
  } as typeof proto.addEventListener;
  proto.removeEventListener = function (this: EventTarget, type: string, fn: unknown, options?: unknown) {
    if (fn) ledger.listeners.delete(key(this, type, fn, options));
    return remove.call(this, type, fn as EventListener, options as EventListenerOptions);
  } as typeof proto.removeEventListener;

  const wrapTimer = (set: 'setTimeout' | 'setInterval', clear: 'clearTimeout' | 'clearInterval') => {
    const original = window[set] as (fn: unknown, ms?: number, ...args: unknown[]) => number;
    const originalClear = window[clear] as (id?: number) => void;
    (window as unknown as Record<string, unknown>)[set] = (fn: unknown, ms?: number, ...args: unknown[]) => {
      const mine = fromNpskit();
      const id: number = original(
        (...a: unknown[]) => {
          if (set === 'setTimeout') ledger.timers.delete(id);
          if (typeof fn === 'function') fn(...a);
        },
        ms,
        ...args,
      );
      if (mine) ledger.timers.set(id, `${set}(${ms ?? 0})`);
      return id;
    };
    (window as unknown as Record<string, unknown>)[clear] = (id?: number) => {
      if (id !== undefined) ledger.timers.delete(id);
      originalClear(id);
    };
  };
  wrapTimer('setTimeout', 'clearTimeout');
  wrapTimer('setInterval', 'clearInterval');

  const raf = window.requestAnimationFrame.bind(window);
  const caf = window.cancelAnimationFrame.bind(window);
  window.requestAnimationFrame = (fn) => {
    const mine = fromNpskit();
    const id = raf((t) => {
      ledger.frames.delete(id);
      fn(t);
    });
    if (mine) ledger.frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    ledger.frames.delete(id);
    caf(id);
  };

  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
    const Original = window[name] as unknown as new (...args: unknown[]) => { disconnect(): void };
    if (!Original) continue;
    const Wrapped = class extends Original {
      constructor(...args: unknown[]) {
        super(...args);
        if (fromNpskit()) {
          const entry = { disconnect: () => {}, what: name, live: true };
          ledger.observers.add(entry);
          const disconnect = this.disconnect.bind(this);
          this.disconnect = () => {
            entry.live = false;
            disconnect();
          };
        }
      }
    };
    (window as unknown as Record<string, unknown>)[name] = Wrapped;
  }
  document.addEventListener('DOMContentLoaded', () => {
    ledger.nodes = document.querySelectorAll('*').length;
  });
}

/** What npskit still holds on the page: listeners on live targets, pending timers/frames, live observers, nodes. */
async function leftovers(page: Page) {
  return page.evaluate(() => {
    const ledger = (window as unknown as { __ledger: Ledger }).__ledger;
    const live = (t: EventTarget) =>
      t === window || t === document || (t instanceof Node && t.isConnected) || t === window.visualViewport;
    return {
      listeners: [...ledger.listeners.values()]
        .filter((l) => live(l.target))
        .map((l) => `${(l.target as Node).nodeName ?? (l.target === window ? 'window' : 'target')}:${l.type}`),
      timers: [...ledger.timers.values()],
      frames: ledger.frames.size,
      observers: [...ledger.observers].filter((o) => o.live).map((o) => o.what),
      extraNodes: document.querySelectorAll('*').length - ledger.nodes,
      surveys: document.querySelectorAll('npskit-survey').length,
      pushState: String(history.pushState).includes('[native code]'),
    };
  });
}

const command = (page: Page, ...args: unknown[]) =>
  page.evaluate((a) => (window as unknown as { npskit: (...x: unknown[]) => void }).npskit(...a), args);

describe('no harm to the host page', () => {
  it('answers a whole survey without a console message or an uncaught error (no debug)', async () => {
    const { page, log } = await suite.newPage();
    await page.goto(snippetPage(suite.server, { commands: [['show', { force: true }]] }));
    await waitForSurvey(page);
    await chooseScore(page, 8);
    await submitFollowUp(page, 'quiet');
    await page.locator('npskit-survey .thanks button', { hasText: 'Close' }).click();
    await expect.poll(() => page.locator('npskit-survey').count()).toBe(0);
    expect(log.console).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it("destroy() removes every element, listener, timer and observer npskit added, and restores history's methods", async () => {
    const { page } = await suite.newPage({ init: [{ fn: instrument }, { fn: recordEmbedEvents }] });
    // Every kind of automatic trigger armed (none can fire here), so their listeners and timers exist to clean up.
    const trigger = { event: 'never_tracked', url: '/never/*', timeOnPage: 60_000, scrollDepth: 50, exitIntent: true };
    await page.goto(
      snippetPage(suite.server, {
        commands: [
          ['init', { trigger }],
          ['show', { force: true }],
        ],
      }),
    );
    await waitForSurvey(page);
    await chooseScore(page, 5);
    expect((await embedEvents(page)).filter((e) => e.type === 'error')).toEqual([]);
    const during = await leftovers(page);
    // The instrumentation really sees npskit's hooks: otherwise "none left" below would prove nothing.
    expect(during.listeners.length).toBeGreaterThan(0);
    expect(during.surveys).toBe(1);
    await command(page, 'destroy');
    // Give already-due callbacks (0 ms timers, the next frame) a moment to run out.
    await page.waitForTimeout(300);
    expect(await leftovers(page)).toEqual({
      listeners: [],
      timers: [],
      frames: 0,
      observers: [],
      extraNodes: 0,
      surveys: 0,
      pushState: true,
    });
  });

  it('after destroy, further commands do nothing and throw nothing', async () => {
    const { page } = await suite.newPage();
    await page.goto(snippetPage(suite.server, { commands: [['show', { force: true }]] }));
    await waitForSurvey(page);
    await command(page, 'destroy');
    await command(page, 'show', { force: true });
    await command(page, 'track', 'order_completed');
    await command(page, 'nonsense-command', 1, 2);
    await page.waitForTimeout(500);
    expect(await page.locator('npskit-survey').count()).toBe(0);
  });
});
