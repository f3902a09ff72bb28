import type { Browser, CDPSession, Page } from 'playwright-core';
import { benchPage, type Library, type Scenario } from './pages';
import type { BenchServer, Served } from './server';
import { mainThreadTasks, type TaskPart, type TraceEvent } from './trace';

/** A desktop Chrome user agent: PostHog drops events from "HeadlessChrome" as a bot, which real visitors are not. */
const USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/147.0.0.0 Safari/537.36';

// Only what the longest-task figure and its breakdown need (tasks; parse, script, style, layout and paint events
// as DevTools' timeline records them; navigation start, user-timing marks): every extra category adds tracing
// overhead to the very main thread being measured, so not `v8` (its sampling would double script time).
const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

const VISIBLE_MARK = 'bench:visible';
const IDLE_MARK = 'bench:idle';

// Runs in the page before any of its scripts. Both libraries announce a shown survey with a DOM
// event on window (npskit: `npskit:shown`, PostHog: `PHSurveyShown`), so "visible" is taken at the
// next animation frame after it, with no polling that would itself cost main-thread time. The baseline page
// has no library: its window ends at the first frame after the load event (all of its own work is done).
function instrument({ mark, onLoad }: { mark: string; onLoad: boolean }): void {
  const w = window as unknown as { __benchLongTasks: number };
  w.__benchLongTasks = 0;
  try {
    new PerformanceObserver((list) => {
      w.__benchLongTasks += list.getEntries().length;
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let done = false;
  const onShown = () => {
    if (done) return;
    done = true;
    requestAnimationFrame(() => {
      performance.mark(mark);
      console.info(mark);
    });
  };
  addEventListener('npskit:shown', onShown);
  addEventListener('PHSurveyShown', onShown);
  if (onLoad) addEventListener('load', onShown);
}

/** The outcome of one page load. */
export interface RunResult {
  library: Library;
  scenario: Scenario;
  throttle: number;
  /** JavaScript execution on the main thread (Chrome's ScriptDuration metric), in ms. */
  scriptMs: number;
  /** All main-thread work: script, style, layout, paint (Chrome's TaskDuration metric), in ms. */
  busyMs: number;
  longestTaskMs: number;
  /** What the longest task did (parse, script per file, style, layout, paint), largest first. */
  longestTaskParts: TaskPart[];
  /** Long tasks (≥ 50 ms) the page's own PerformanceObserver saw. */
  longTasks: number;
  /** The longest task that ran script, the page's navigation commit excluded, and what it did. */
  longestScriptTaskMs: number;
  longestScriptTaskParts: TaskPart[];
  /** Tasks that ran script of 50 ms or more (from the trace). */
  longScriptTasks: number;
  /** Navigation start to survey visible (show) or to idle (none), in ms. */
  windowMs: number;
  /** Every request the page made. */
  served: Served[];
  /** Text of the survey the page shows (from its open shadow root), or null when none is on screen. */
  surveyText: string | null;
}

// Both widgets render into an open shadow root; "on screen" means some element in it has a box.
function shownSurveyText(): string | null {
  // Every element, not just body's: a survey shown before <body> exists is attached to <html>.
  for (const host of document.querySelectorAll('*')) {
    const root = host.shadowRoot;
    if (!root) continue;
    const styles = [...root.querySelectorAll('style')].map((s) => s.textContent ?? '');
    const text = styles.reduce((t, css) => t.replace(css, ''), root.textContent ?? '');
    if (!/recommend/i.test(text)) continue;
    const boxed = [...root.querySelectorAll('*')].some((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    });
    if (boxed) return text.replace(/\s+/g, ' ').trim();
  }
  return null;
}

/**
 * Chrome's own main-thread counters for the page's renderer, in seconds. Both pages load into the renderer that
 * showed /blank (same origin), so the difference across the load is that page's cost.
 */
async function metrics(cdp: CDPSession): Promise<{ ScriptDuration: number; TaskDuration: number }> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
  return { ScriptDuration: value('ScriptDuration'), TaskDuration: value('TaskDuration') };
}

/** Resolves when the page logs `text` to the console. */
function consoleMessage(page: Page, text: string, timeoutMs: number): Promise<void> {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => {
      page.off('console', listen);
      fail(new Error(`"${text}" did not happen within ${timeoutMs} ms`));
    }, timeoutMs);
    const listen = (m: { text(): string }) => {
      if (m.text() !== text) return;
      clearTimeout(timer);
      page.off('console', listen);
      ok();
    };
    page.on('console', listen);
  });
}

/**
 * Loads one benchmark page in a fresh context (a first visit: empty storage, no cache), traced
 * from navigation start until the survey is visible (`show`) or the page has gone quiet (`none`).
 */
export async function measureLoad(
  browser: Browser,
  server: BenchServer,
  library: Library,
  scenario: Scenario,
  throttle: number,
): Promise<RunResult> {
  const context = await browser.newContext({ userAgent: USER_AGENT, viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const path = `/${library}-${scenario}`;
    const url = server.page(path, benchPage(library, scenario, server.origin));
    // Start from an empty same-origin page, so the benchmark page loads into a renderer that is
    // already running (and throttled), as a navigation within a site would.
    server.page('/blank', '<!doctype html><title>blank</title>');
    await page.goto(`${server.origin}/blank`);
    await page.addInitScript(instrument, { mark: VISIBLE_MARK, onLoad: library === 'baseline' });
    await cdp.send('Performance.enable');
    const before = await metrics(cdp);
    server.reset();
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    let traced = false;
    try {
      if (scenario === 'show') {
        const visible = consoleMessage(page, VISIBLE_MARK, 30_000 * throttle).catch((error: Error) => {
          throw new Error(`${path} at ${throttle}× CPU: ${error.message}`);
        });
        await page.goto(url, { waitUntil: 'commit' });
        await visible;
      } else {
        await page.goto(url, { waitUntil: 'networkidle' });
        // A bare CDP evaluate, not page.evaluate: Playwright's own helper script would be traced too.
        await cdp.send('Runtime.evaluate', { expression: `performance.mark(${JSON.stringify(IDLE_MARK)})` });
      }
      const after = await metrics(cdp);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      traced = true;
      const tasks = mainThreadTasks(trace.traceEvents, path, scenario === 'show' ? VISIBLE_MARK : IDLE_MARK);
      const cost = {
        ...tasks,
        scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
        busyMs: (after.TaskDuration - before.TaskDuration) * 1000,
      };
      const longTasks = (await page.evaluate('window.__benchLongTasks')) as number;
      const surveyText = await page.evaluate(shownSurveyText);
      return { library, scenario, throttle, ...cost, longTasks, served: [...server.log], surveyText };
    } finally {
      if (!traced) await browser.stopTracing().catch(() => {});
    }
  } finally {
    await context.close();
  }
}
