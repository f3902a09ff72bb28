import type { NpsSummary } from '@npskit/core';
import type { GroupSummary } from '../report/report.js';
import { count, interval, points, share } from './format.js';
import { html, type SafeHtml } from './html.js';

// Charts are plain SVG drawn on the server: no script, nothing external, colours from the CSS file (classes), and
// every chart sits in a <figure> whose table holds the same numbers for screen readers and copy-paste.

const round = (n: number) => Math.round(n * 10) / 10;

/** Y range covering every interval, widened to steps of 20 inside [−100, 100]. */
function yRange(groups: readonly GroupSummary[]): [number, number] {
  let low = 0;
  let high = 0;
  for (const { summary } of groups) {
    low = Math.min(low, summary.interval?.low ?? 0);
    high = Math.max(high, summary.interval?.high ?? 0);
  }
  return [Math.max(-100, Math.floor(low / 20) * 20), Math.min(100, Math.ceil(high / 20) * 20 || 20)];
}

/** Periods with fewer answers than this are drawn as hollow dots, outside the line and band: their interval is too wide to read. */
export const SPARSE_N = 10;

/** NPS per period as a line with its confidence band; sparse periods are hollow dots and empty ones leave a gap. */
export function trendChart(groups: readonly GroupSummary[], labelId: string): SafeHtml {
  const width = 720;
  const height = 260;
  const left = 44;
  const right = 16;
  const top = 12;
  const bottom = 32;
  const [min, max] = yRange(groups.filter((g) => g.summary.n >= SPARSE_N));
  const x = (i: number) =>
    left + (groups.length <= 1 ? (width - left - right) / 2 : (i * (width - left - right)) / (groups.length - 1));
  const y = (v: number) => top + ((max - Math.min(max, Math.max(min, v))) * (height - top - bottom)) / (max - min);
  const ticks: number[] = [];
  for (let v = min; v <= max; v += 20) ticks.push(v);
  const plotted = groups.map((g, i) => ({ ...g, i })).filter((g) => g.summary.nps !== null && g.summary.interval);
  const known = plotted.filter((g) => g.summary.n >= SPARSE_N);
  const band =
    known.map((g) => `${round(x(g.i))},${round(y(g.summary.interval!.high))}`).join(' ') +
    ' ' +
    [...known]
      .reverse()
      .map((g) => `${round(x(g.i))},${round(y(g.summary.interval!.low))}`)
      .join(' ');
  const line = known.map((g) => `${round(x(g.i))},${round(y(g.summary.nps!))}`).join(' ');
  const every = Math.max(1, Math.ceil(groups.length / 8));
  return html`<svg class="chart trend" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${labelId}">
    ${ticks.map(
      (
        v,
      ) => html`<line class="${v === 0 ? 'axis zero' : 'grid'}" x1="${left}" x2="${width - right}" y1="${round(y(v))}" y2="${round(y(v))}"/>
    <text class="tick" x="${left - 6}" y="${round(y(v)) + 4}" text-anchor="end">${points(v)}</text>`,
    )}
    ${known.length > 1 ? html`<polygon class="band" points="${band}"/><polyline class="line" points="${line}"/>` : ''}
    ${plotted.map(
      (g) =>
        html`<circle class="${g.summary.n >= SPARSE_N ? 'dot' : 'dot sparse'}" cx="${round(x(g.i))}" cy="${round(y(g.summary.nps!))}" r="4"><title>${g.key}: NPS ${points(g.summary.nps)} (${interval(g.summary)}), n = ${count(g.summary.n)}</title></circle>`,
    )}
    ${groups.map((g, i) =>
      i % every === 0
        ? html`<text class="tick" x="${round(x(i))}" y="${height - 10}" text-anchor="middle">${g.key.slice(5)}</text>`
        : '',
    )}
  </svg>`;
}

/** NPS of each segment as a dot with its interval as a whisker, on a fixed −100…100 scale. */
export function segmentChart(groups: readonly GroupSummary[], labelId: string): SafeHtml {
  const rowHeight = 30;
  const labelWidth = 150;
  const width = 720;
  const plot = width - labelWidth - 70;
  const height = groups.length * rowHeight + 28;
  const x = (v: number) => labelWidth + ((v + 100) * plot) / 200;
  return html`<svg class="chart segments" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${labelId}">
    ${[-100, -50, 0, 50, 100].map(
      (v) => html`<line class="${v === 0 ? 'axis zero' : 'grid'}" x1="${x(v)}" x2="${x(v)}" y1="4" y2="${height - 22}"/>
    <text class="tick" x="${x(v)}" y="${height - 6}" text-anchor="middle">${points(v)}</text>`,
    )}
    ${groups.map((g, i) => {
      const cy = i * rowHeight + 18;
      const s = g.summary;
      return html`<g>
      <text class="label" x="${labelWidth - 10}" y="${cy + 4}" text-anchor="end">${g.key.length > 20 ? `${g.key.slice(0, 19)}…` : g.key}</text>
      ${s.interval ? html`<line class="whisker" x1="${round(x(s.interval.low))}" x2="${round(x(s.interval.high))}" y1="${cy}" y2="${cy}"/>` : ''}
      ${s.nps !== null ? html`<circle class="dot" cx="${round(x(s.nps))}" cy="${cy}" r="5"><title>${g.key}: NPS ${points(s.nps)} (${interval(s)}), n = ${count(s.n)}</title></circle>` : ''}
      <text class="n" x="${width - 8}" y="${cy + 4}" text-anchor="end">n = ${count(s.n)}</text>
    </g>`;
    })}
  </svg>`;
}

/** Detractor, passive and promoter shares as one stacked bar. */
export function shareBar(summary: NpsSummary): SafeHtml {
  const shares = summary.shares ?? { detractors: 0, passives: 0, promoters: 0 };
  const parts = [
    { key: 'detractor', label: 'Detractors', value: shares.detractors },
    { key: 'passive', label: 'Passives', value: shares.passives },
    { key: 'promoter', label: 'Promoters', value: shares.promoters },
  ];
  let offset = 0;
  return html`<svg class="chart shares" viewBox="0 0 600 36" role="img" aria-label="Detractors ${share(shares.detractors)}, passives ${share(shares.passives)}, promoters ${share(shares.promoters)}">
    ${parts.map((part) => {
      const w = part.value * 600;
      const rect = html`<rect class="fill-${part.key}" x="${round(offset)}" y="0" width="${round(w)}" height="36"/>
      ${w > 44 ? html`<text class="on-bar" x="${round(offset + w / 2)}" y="23" text-anchor="middle">${share(part.value)}</text>` : ''}`;
      offset += w;
      return rect;
    })}
  </svg>`;
}
