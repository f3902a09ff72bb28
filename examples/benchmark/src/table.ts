import type { BenchResult, Series } from './run-benchmark';
import type { Bytes } from './sizes';
import { describeParts } from './trace';

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(3));
const names = (bytes: Bytes) => bytes.files.map((f) => f.split('/').pop()).join(', ');

// label, npskit, PostHog, npskit / PostHog, baseline (the page with no library), npskit minus baseline
type Row = [string, string, string, string, string, string];

function byteRows(label: string, a: Bytes, b: Bytes): Row[] {
  return [
    [`${label}: scripts`, names(a), names(b), '', '', ''],
    [`${label}: minified`, kB(a.min), kB(b.min), ratio(a.min, b.min), '', ''],
    [`${label}: gzip`, kB(a.gzip), kB(b.gzip), ratio(a.gzip, b.gzip), '', ''],
    [`${label}: brotli`, kB(a.brotli), kB(b.brotli), ratio(a.brotli, b.brotli), '', ''],
  ];
}

const sum = (values: number[]) => values.reduce((x, y) => x + y, 0);

/** One figure for the three pages: median (or `pick`) of each, ratio, baseline and npskit minus baseline. */
function timeRow(label: string, a: number[], b: number[], base: number[], pick = median, show = ms): Row {
  const [x, y, z] = [pick(a), pick(b), pick(base)];
  return [label, show(x), show(y), pick === sum ? '' : ratio(x, y), show(z), show(x - z)];
}

function timeRows(label: string, a: Series, b: Series, base: Series): Row[] {
  const max = (v: number[]) => Math.max(...v);
  const count = (n: number) => String(n);
  return [
    timeRow(`${label}: main-thread JS (median)`, a.scriptMs, b.scriptMs, base.scriptMs),
    timeRow(`${label}: main-thread busy, all work (median)`, a.busyMs, b.busyMs, base.busyMs),
    timeRow(`${label}: longest task (median)`, a.longestTaskMs, b.longestTaskMs, base.longestTaskMs),
    timeRow(`${label}: longest task (max)`, a.longestTaskMs, b.longestTaskMs, base.longestTaskMs, max),
    timeRow(`${label}: long tasks ≥ 50 ms (total)`, a.longTasks, b.longTasks, base.longTasks, sum, count),
    timeRow(
      `${label}: longest task running script (median)`,
      a.longestScriptTaskMs,
      b.longestScriptTaskMs,
      base.longestScriptTaskMs,
    ),
    timeRow(
      `${label}: longest task running script (max)`,
      a.longestScriptTaskMs,
      b.longestScriptTaskMs,
      base.longestScriptTaskMs,
      max,
    ),
    timeRow(
      `${label}: tasks running script ≥ 50 ms (total)`,
      a.longScriptTasks,
      b.longScriptTasks,
      base.longScriptTasks,
      sum,
      count,
    ),
    timeRow(`${label}: navigation → visible (median)`, a.windowMs, b.windowMs, base.windowMs),
  ];
}

/** The run whose figure is the median one (the lower middle for an even count). */
function medianRun(values: number[]): number {
  const order = values.map((v, i) => [v, i] as const).sort((p, q) => p[0] - q[0]);
  return order[Math.floor((order.length - 1) / 2)]?.[1] ?? 0;
}

/**
 * What the longest task held in the median run of each page at each CPU rate, e.g.
 * "longest task at 4× CPU, npskit: 175.1 ms = promise callbacks (microtasks) 110.2 ms + layout (forced by script) 29.7 ms + …".
 */
export function formatAttribution(result: BenchResult): string {
  const lines: string[] = [];
  for (const throttle of result.throttles) {
    for (const library of ['npskit', 'posthog', 'baseline'] as const) {
      const series = result.figures[library].show.get(throttle);
      if (!series || series.longestTaskMs.length === 0) continue;
      const i = medianRun(series.longestTaskMs);
      const parts = series.longestTaskParts[i] ?? [];
      lines.push(
        `longest task at ${throttle}× CPU, ${library} (median run): ${describeParts(series.longestTaskMs[i] ?? 0, parts)}`,
      );
    }
  }
  // The same for the longest task that ran script (the baseline page runs none of its own, so it shows only
  // when something there was taken for script).
  for (const throttle of result.throttles) {
    for (const library of ['npskit', 'posthog', 'baseline'] as const) {
      const series = result.figures[library].show.get(throttle);
      if (!series?.longestScriptTaskMs.some((ms) => ms > 0)) continue;
      const i = medianRun(series.longestScriptTaskMs);
      const max = series.longestScriptTaskMs.indexOf(Math.max(...series.longestScriptTaskMs));
      for (const [which, run] of [
        ['median', i],
        ['max', max],
      ] as const) {
        const ms = series.longestScriptTaskMs[run] ?? 0;
        if (ms === 0) continue;
        const parts = series.longestScriptTaskParts[run] ?? [];
        lines.push(`longest script task at ${throttle}× CPU, ${library} (${which} run): ${describeParts(ms, parts)}`);
      }
    }
  }
  return lines.join('\n');
}

/** The benchmark's result as a Markdown table (what docs/benchmark.md shows). */
export function formatTable(result: BenchResult): string {
  const { npskit, posthog, baseline } = result.figures;
  const rows: Row[] = [
    ...byteRows('every page (no survey)', npskit.everyPage, posthog.everyPage),
    ...byteRows('to show a survey', npskit.toShow, posthog.toShow),
  ];
  for (const throttle of result.throttles) {
    const a = npskit.show.get(throttle);
    const b = posthog.show.get(throttle);
    const c = baseline.show.get(throttle);
    if (a && b && c) rows.push(...timeRows(`survey, ${throttle}× CPU`, a, b, c));
  }
  const none = (label: string, pick: (s: Series) => number[]) =>
    timeRow(label, pick(npskit.none), pick(posthog.none), pick(baseline.none));
  rows.push(
    none('no survey, 1× CPU: main-thread JS to idle (median)', (s) => s.scriptMs),
    none('no survey, 1× CPU: main-thread busy to idle (median)', (s) => s.busyMs),
  );
  const header: Row = ['', 'npskit', 'PostHog', 'npskit / PostHog', 'baseline (no library)', 'npskit − baseline'];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]?.length ?? 0)));
  const line = (r: Row) => `| ${r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
