import { describe, expect, it } from 'vitest';
import { runBenchmark } from '../src/run-benchmark';
import { timeSummarize } from '../src/summarize-bench';
import { formatAttribution, formatTable } from '../src/table';

// The smoke version of `pnpm run bench`: one load of each page, so CI proves the benchmark still works
// (both surveys render offline, every figure is measured) without spending minutes on medians.
describe('benchmark smoke run', () => {
  it('renders both NPS surveys in Chromium and measures bytes and main-thread time for each', async () => {
    const result = await runBenchmark({ runs: 1, throttles: [1] });
    const { npskit, posthog, baseline } = result.figures;
    for (const figures of [npskit, posthog]) {
      expect(figures.surveyText).toMatch(/recommend/);
      expect(figures.surveyText).toMatch(/0.*10/);
      expect(figures.toShow.brotli).toBeGreaterThan(0);
      expect(figures.everyPage.brotli).toBeGreaterThan(0);
      expect(figures.show.get(1)?.scriptMs[0]).toBeGreaterThan(0);
      expect(figures.none.scriptMs[0]).toBeGreaterThan(0);
    }
    // npskit's every-page cost is the loader alone; the UI comes only with a survey to show.
    expect(npskit.everyPage.files).toEqual(['/npskit/cdn/npskit.js']);
    expect(npskit.toShow.files).toContain('/npskit/cdn/npskit-ui.js');
    expect(posthog.toShow.files).toContain('/static/array.js');
    // The baseline is the same page with no library: it fetches no script, and its window still gets measured.
    expect(baseline.toShow.files).toEqual([]);
    expect(baseline.show.get(1)?.busyMs[0]).toBeGreaterThan(0);
    expect(baseline.show.get(1)?.longestTaskMs[0]).toBeGreaterThan(0);
    // npskit's longest task is broken down into what it did, and the parts cannot exceed the task.
    const parts = npskit.show.get(1)?.longestTaskParts[0] ?? [];
    expect(parts.length).toBeGreaterThan(0);
    const partsMs = parts.reduce((sum, p) => sum + p.ms, 0);
    expect(partsMs).toBeLessThanOrEqual((npskit.show.get(1)?.longestTaskMs[0] ?? 0) + 0.01);
    // The longest task npskit's own code ran (the page's navigation commit left out) is found and broken down.
    expect(npskit.show.get(1)?.longestScriptTaskMs[0]).toBeGreaterThan(0);
    expect(npskit.show.get(1)?.longestScriptTaskParts[0]?.length).toBeGreaterThan(0);
    const table = formatTable(result);
    const attribution = formatAttribution(result);
    console.info(`${table}\n${attribution}`);
    expect(table).toContain('to show a survey: brotli');
    expect(table).toContain('npskit − baseline');
    expect(attribution).toMatch(/^longest task at 1× CPU, npskit \(median run\): [\d.]+ ms = /m);
    expect(attribution).toMatch(/^longest script task at 1× CPU, npskit \(max run\): [\d.]+ ms = /m);
    expect(table).toContain('longest task running script (max)');
  });

  it('times core summarize over a million scores', () => {
    const timing = timeSummarize(1_000_000, 3);
    expect(timing.medianMs).toBeGreaterThan(0);
    expect(timing.nps).toBeGreaterThan(-100);
  });
});
