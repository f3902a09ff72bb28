import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '@npskit/test-chromium';
import { measureLoad, type RunResult } from './measure';
import type { Library } from './pages';
import { startBenchServer, WIDGET_DIST } from './server';
import { type Bytes, scriptBytes } from './sizes';
import type { TaskPart } from './trace';

/** How much to measure. */
export interface BenchOptions {
  /** Timed page loads per library, scenario and CPU rate. @default 10 */
  runs?: number;
  /** CPU slowdown factors applied through CDP (1 = unthrottled). @default [1, 4] */
  throttles?: number[];
  /** Called with a line of progress now and then. */
  progress?: (line: string) => void;
}

/** Per-run figures for one library at one CPU rate. */
export interface Series {
  scriptMs: number[];
  busyMs: number[];
  longestTaskMs: number[];
  /** What each run's longest task did. */
  longestTaskParts: TaskPart[][];
  longTasks: number[];
  /** The longest task running script, the page's navigation commit excluded (see trace.ts). */
  longestScriptTaskMs: number[];
  longestScriptTaskParts: TaskPart[][];
  /** Tasks running script of 50 ms or more, from the trace. */
  longScriptTasks: number[];
  windowMs: number[];
}

/** Everything measured for one library. */
export interface LibraryFigures {
  /** Scripts fetched on a page where the survey is configured but this visitor is not asked. */
  everyPage: Bytes;
  /** Scripts fetched to show the survey. */
  toShow: Bytes;
  /** Page load to survey visible (baseline: to the first frame after load), per CPU rate. */
  show: Map<number, Series>;
  /** Page load to network idle with no survey shown, unthrottled. */
  none: Series;
  /** The survey's text from the first shown run (proof that it rendered). */
  surveyText: string | null;
}

/** The whole run. */
export interface BenchResult {
  chromium: string;
  runs: number;
  throttles: number[];
  figures: Record<Library, LibraryFigures>;
}

// The baseline is the same page with no library at all: what the page's own navigation, parsing and first
// layout cost, so each library's figures can be read against it.
const LIBRARIES: Library[] = ['npskit', 'posthog', 'baseline'];

function push(series: Series, run: RunResult): void {
  series.scriptMs.push(run.scriptMs);
  series.busyMs.push(run.busyMs);
  series.longestTaskMs.push(run.longestTaskMs);
  series.longestTaskParts.push(run.longestTaskParts);
  series.longTasks.push(run.longTasks);
  series.longestScriptTaskMs.push(run.longestScriptTaskMs);
  series.longestScriptTaskParts.push(run.longestScriptTaskParts);
  series.longScriptTasks.push(run.longScriptTasks);
  series.windowMs.push(run.windowMs);
}

const rotate = (i: number): Library[] => LIBRARIES.map((_, k) => LIBRARIES[(i + k) % LIBRARIES.length] as Library);

const emptySeries = (): Series => ({
  scriptMs: [],
  busyMs: [],
  longestTaskMs: [],
  longestTaskParts: [],
  longTasks: [],
  longestScriptTaskMs: [],
  longestScriptTaskParts: [],
  longScriptTasks: [],
  windowMs: [],
});

/**
 * Loads both libraries' pages and the library-free baseline side by side in one Chromium, rotating which goes
 * first so drift on a shared machine hits all equally, and collects bytes and main-thread figures.
 */
export async function runBenchmark(options: BenchOptions = {}): Promise<BenchResult> {
  const runs = options.runs ?? 10;
  const throttles = options.throttles ?? [1, 4];
  const progress = options.progress ?? (() => {});
  if (!existsSync(join(WIDGET_DIST, 'cdn', 'npskit.js'))) {
    throw new Error(
      `npskit's embed build is missing (${join(WIDGET_DIST, 'cdn', 'npskit.js')}). ` +
        'Build it first: pnpm --filter @npskit/widget run build',
    );
  }
  const server = await startBenchServer();
  const browser = await launchChromium();
  try {
    const result = {} as Record<Library, LibraryFigures>;
    for (const library of LIBRARIES) {
      // The first load of each also warms Chromium up; its bytes are the same on every run.
      const shown = await measureLoad(browser, server, library, 'show', 1);
      const none = await measureLoad(browser, server, library, 'none', 1);
      result[library] = {
        everyPage: scriptBytes(none.served),
        toShow: scriptBytes(shown.served),
        show: new Map(throttles.map((t) => [t, emptySeries()])),
        none: emptySeries(),
        surveyText: shown.surveyText,
      };
    }
    for (const throttle of throttles) {
      for (let i = 0; i < runs; i += 1) {
        for (const library of rotate(i)) {
          const series = result[library].show.get(throttle);
          if (series) push(series, await measureLoad(browser, server, library, 'show', throttle));
        }
      }
      progress(`  ${runs} × 3 survey loads at ${throttle}× CPU done`);
    }
    for (let i = 0; i < runs; i += 1) {
      for (const library of rotate(i))
        push(result[library].none, await measureLoad(browser, server, library, 'none', 1));
    }
    progress(`  ${runs} × 3 no-survey loads done`);
    return { chromium: browser.version(), runs, throttles, figures: result };
  } finally {
    await browser.close();
    await server.close();
  }
}
