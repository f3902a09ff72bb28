import type { BenchResult, Series } from './run-benchmark';
import type { Bytes } from './sizes';

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

type Row = [string, string, string, string];

function byteRows(label: string, a: Bytes, b: Bytes): Row[] {
  return [
    [`${label}: scripts`, names(a), names(b), ''],
    [`${label}: minified`, kB(a.min), kB(b.min), ratio(a.min, b.min)],
    [`${label}: gzip`, kB(a.gzip), kB(b.gzip), ratio(a.gzip, b.gzip)],
    [`${label}: brotli`, kB(a.brotli), kB(b.brotli), ratio(a.brotli, b.brotli)],
  ];
}

function timeRows(label: string, a: Series, b: Series): Row[] {
  const sa = median(a.scriptMs);
  const sb = median(b.scriptMs);
  const la = median(a.longestTaskMs);
  const lb = median(b.longestTaskMs);
  return [
    [`${label}: main-thread JS (median)`, ms(sa), ms(sb), ratio(sa, sb)],
    [
      `${label}: main-thread busy, all work (median)`,
      ms(median(a.busyMs)),
      ms(median(b.busyMs)),
      ratio(median(a.busyMs), median(b.busyMs)),
    ],
    [
      `${label}: longest task (median / max)`,
      `${ms(la)} / ${ms(Math.max(...a.longestTaskMs))}`,
      `${ms(lb)} / ${ms(Math.max(...b.longestTaskMs))}`,
      ratio(la, lb),
    ],
    [
      `${label}: long tasks ≥ 50 ms (total)`,
      String(a.longTasks.reduce((x, y) => x + y, 0)),
      String(b.longTasks.reduce((x, y) => x + y, 0)),
      '',
    ],
    [
      `${label}: navigation → visible (median)`,
      ms(median(a.windowMs)),
      ms(median(b.windowMs)),
      ratio(median(a.windowMs), median(b.windowMs)),
    ],
  ];
}

/** The benchmark's result as a Markdown table (what docs/benchmark.md shows). */
export function formatTable(result: BenchResult): string {
  const { npskit, posthog } = result.figures;
  const rows: Row[] = [
    ...byteRows('every page (no survey)', npskit.everyPage, posthog.everyPage),
    ...byteRows('to show a survey', npskit.toShow, posthog.toShow),
  ];
  for (const throttle of result.throttles) {
    const a = npskit.show.get(throttle);
    const b = posthog.show.get(throttle);
    if (a && b) rows.push(...timeRows(`survey, ${throttle}× CPU`, a, b));
  }
  const na = median(npskit.none.scriptMs);
  const nb = median(posthog.none.scriptMs);
  rows.push(['no survey, 1× CPU: main-thread JS to idle (median)', ms(na), ms(nb), ratio(na, nb)]);
  const header: Row = ['', 'npskit', 'PostHog', 'npskit / PostHog'];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]?.length ?? 0)));
  const line = (r: Row) => `| ${r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
