import type { NpsCategory } from '@npskit/core';
import type { AnswerRow } from '../report/queries.js';
import type { Report } from '../report/report.js';
import { SPARSE_N, segmentChart, shareBar, trendChart } from './charts.js';
import { count, interval, level, points, share, when } from './format.js';
import { html, type SafeHtml } from './html.js';

const CATEGORY_LABEL: Record<NpsCategory, string> = {
  detractor: 'Detractors (0–6)',
  passive: 'Passives (7–8)',
  promoter: 'Promoters (9–10)',
};
const PERIODS = [30, 90, 180, 365];

function options(values: readonly string[], selected: string | null, labelOf: (v: string) => string = (v) => v) {
  return values.map((v) => html`<option value="${v}"${v === selected ? html` selected` : ''}>${labelOf(v)}</option>`);
}

function filters(report: Report, query: URLSearchParams): SafeHtml {
  const { scope } = report;
  const attributes = report.segment.attributes.includes(scope.segment)
    ? report.segment.attributes
    : [scope.segment, ...report.segment.attributes];
  return html`<form class="filters" method="get" action="/dashboard">
    <label>Survey <select name="survey">${options(['', ...report.surveys], scope.surveyId ?? '', (v) => v || 'All surveys')}</select></label>
    <label>Period <select name="days">${options(PERIODS.map(String), String(scope.days), (v) => `Last ${v} days`)}</select></label>
    <label>Break down by <select name="segment">${options(attributes, scope.segment)}</select></label>
    ${query.get('category') ? html`<input type="hidden" name="category" value="${query.get('category')}">` : ''}
    <button type="submit">Apply</button>
  </form>`;
}

function headline(report: Report): SafeHtml {
  const { current: s, previous, change, funnel } = report;
  // core compares weighted estimates when both periods have weights; say so, and show the matching previous score.
  const weighted = s.weighted !== null && previous.weighted !== null;
  const significance =
    change.difference === null
      ? 'no answers in one of the periods'
      : change.significant
        ? html`<strong>significant</strong> (p = ${change.p!.toFixed(3)})`
        : html`within noise (p = ${change.p!.toFixed(2)})`;
  return html`<section aria-labelledby="headline-title" class="cards">
    <h2 id="headline-title" class="visually-hidden">Headline numbers</h2>
    <div class="card">
      <h3>Net Promoter Score</h3>
      <p class="big">${points(s.nps)}</p>
      <p>${level(s)} interval ${interval(s)} · n = ${count(s.n)}</p>
      ${s.weighted ? html`<p class="muted">Weighted by 1 / sample rate: ${points(s.weighted.nps)} (effective n = ${count(s.weighted.effectiveN)})</p>` : ''}
    </div>
    <div class="card">
      <h3>Change vs previous ${report.scope.days} days</h3>
      <p class="big">${points(change.difference, true)}</p>
      <p>Previous: ${points(weighted ? previous.weighted!.nps : previous.nps)} (n = ${count(previous.n)})${weighted ? ', both weighted' : ''}; ${significance}</p>
    </div>
    <div class="card">
      <h3>Response rate</h3>
      <p class="big">${share(funnel.responseRate)}</p>
      <p>${count(funnel.answered)} answers of ${count(funnel.displays)} displays · ${count(funnel.dismissed)} dismissed</p>
    </div>
  </section>`;
}

function sharesSection(report: Report): SafeHtml {
  const s = report.current;
  return html`<section aria-labelledby="shares-title">
    <h2 id="shares-title">Promoters, passives and detractors</h2>
    <figure>
      ${shareBar(s)}
      <figcaption>
        <ul class="legend">
          <li><span class="swatch fill-detractor"></span>Detractors ${share(s.shares?.detractors)} (${count(s.detractors)})</li>
          <li><span class="swatch fill-passive"></span>Passives ${share(s.shares?.passives)} (${count(s.passives)})</li>
          <li><span class="swatch fill-promoter"></span>Promoters ${share(s.shares?.promoters)} (${count(s.promoters)})</li>
        </ul>
      </figcaption>
    </figure>
  </section>`;
}

function groupTable(caption: string, keyLabel: string, report: Report['trend']): SafeHtml {
  return html`<details><summary>Data table</summary><table>
    <caption>${caption}</caption>
    <thead><tr><th scope="col">${keyLabel}</th><th scope="col">NPS</th><th scope="col">95 % interval</th><th scope="col">n</th><th scope="col">Promoters</th><th scope="col">Detractors</th></tr></thead>
    <tbody>${report.map(
      (g) =>
        html`<tr><th scope="row">${g.key}</th><td>${points(g.summary.nps)}</td><td>${interval(g.summary)}</td><td>${count(g.summary.n)}</td><td>${share(g.summary.shares?.promoters)}</td><td>${share(g.summary.shares?.detractors)}</td></tr>`,
    )}</tbody>
  </table></details>`;
}

function trendSection(report: Report): SafeHtml {
  const caption = `NPS per ${report.scope.unit} with its 95 % interval (shaded)`;
  return html`<section aria-labelledby="trend-title">
    <h2 id="trend-title">Trend</h2>
    <figure>
      ${report.trend.length ? trendChart(report.trend, 'trend-caption') : html`<p>No answers in this period.</p>`}
      <figcaption id="trend-caption">${caption}. Wide bands mean few answers: compare periods by their intervals, not their dots. Hollow dots: fewer than ${SPARSE_N} answers, left out of the line.</figcaption>
    </figure>
    ${groupTable(caption, `${report.scope.unit[0]!.toUpperCase()}${report.scope.unit.slice(1)} starting`, report.trend)}
  </section>`;
}

function segmentSection(report: Report): SafeHtml {
  const { attribute, groups } = report.segment;
  const shown = groups.slice(0, 12);
  const caption = `NPS by ${attribute} with 95 % intervals, ${shown.length} largest groups`;
  return html`<section aria-labelledby="segment-title">
    <h2 id="segment-title">By ${attribute}</h2>
    <figure>
      ${shown.length ? segmentChart(shown, 'segment-caption') : html`<p>No answers carry the attribute “${attribute}”.</p>`}
      <figcaption id="segment-caption">${caption}.</figcaption>
    </figure>
    ${groupTable(caption, attribute, groups)}
  </section>`;
}

function reasonsSection(report: Report): SafeHtml {
  const order: NpsCategory[] = ['detractor', 'passive', 'promoter'];
  return html`<section aria-labelledby="reasons-title">
    <h2 id="reasons-title">Top reasons</h2>
    <div class="columns">${order.map((category) => {
      const rows = report.reasons.filter((r) => r.category === category);
      return html`<div><h3>${CATEGORY_LABEL[category]}</h3>${
        rows.length
          ? html`<ol class="reasons">${rows.map((r) => html`<li><span>${r.reason}</span> <span class="muted">${count(r.n)}</span></li>`)}</ol>`
          : html`<p class="muted">No reason tags.</p>`
      }</div>`;
    })}</div>
  </section>`;
}

function answerMeta(row: AnswerRow): SafeHtml {
  const attributes = Object.entries(row.attributes ?? {}).map(([k, v]) => `${k}: ${String(v)}`);
  return html`<span class="muted">${when(row.answered_at)} · ${row.locale}${attributes.length ? ` · ${attributes.join(', ')}` : ''}</span>`;
}

function commentsSection(report: Report, query: URLSearchParams): SafeHtml {
  const selected = query.get('category') ?? '';
  const keep = new URLSearchParams(query);
  keep.delete('category');
  return html`<section aria-labelledby="comments-title">
    <h2 id="comments-title">Recent comments</h2>
    <form class="filters" method="get" action="/dashboard#comments-title">
      ${[...keep].map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
      <label>Show <select name="category">${options(['', 'detractor', 'passive', 'promoter'], selected, (v) => (v ? CATEGORY_LABEL[v as NpsCategory] : 'All categories'))}</select></label>
      <button type="submit">Filter</button>
    </form>
    ${
      report.comments.length
        ? html`<ul class="comments">${report.comments.map(
            (
              row,
            ) => html`<li><span class="score score-${row.category}" aria-label="Score ${row.score}">${row.score}</span>
            <div><p lang="${row.locale}" dir="auto">${row.comment}</p>${answerMeta(row)}</div></li>`,
          )}</ul>`
        : html`<p class="muted">No comments match.</p>`
    }
  </section>`;
}

const CONTACTS_SHOWN = 12;

function contactsSection(report: Report): SafeHtml {
  const shown = report.contacts.slice(0, CONTACTS_SHOWN);
  const more = report.contacts.length - shown.length;
  return html`<section aria-labelledby="contacts-title">
    <h2 id="contacts-title">Detractors who asked to be contacted</h2>
    ${
      report.contacts.length
        ? html`<table><caption>Close the loop: ${count(report.contacts.length)} people agreed to a follow-up${more > 0 ? `; the newest ${shown.length} are listed, all are in the CSV export` : ''}.</caption>
      <thead><tr><th scope="col">Answered</th><th scope="col">Score</th><th scope="col">Contact</th><th scope="col">Comment</th></tr></thead>
      <tbody>${shown.map(
        (row) =>
          html`<tr><td>${when(row.answered_at)}</td><td>${row.score}</td><td>${row.contact_email ?? row.user_id ?? '–'}</td><td lang="${row.locale}" dir="auto">${row.comment ?? ''}</td></tr>`,
      )}</tbody></table>`
        : html`<p class="muted">Nobody yet.</p>`
    }
  </section>`;
}

function signOut(user: { username: string; csrf: string } | undefined): SafeHtml | '' {
  if (!user) return '';
  return html`<form class="sign-out" method="post" action="/logout"><input type="hidden" name="_csrf" value="${user.csrf}"><button type="submit">Sign out ${user.username}</button></form>`;
}

/**
 * The whole dashboard page for one report; `query` is the request's query string, kept across forms and links;
 * `user` (when signed in with credentials) adds the sign-out button.
 */
export function dashboardPage(
  report: Report,
  query: URLSearchParams,
  user?: { username: string; csrf: string },
): string {
  const exportQuery = new URLSearchParams(query);
  exportQuery.delete('category');
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>npskit dashboard</title>
<link rel="stylesheet" href="/dashboard.css">
<script src="/dashboard.js" defer></script>
</head>
<body>
<header>
  <h1>npskit dashboard</h1>
  ${filters(report, query)}
  ${signOut(user)}
</header>
<main>
  ${headline(report)}
  ${sharesSection(report)}
  ${trendSection(report)}
  ${segmentSection(report)}
  ${reasonsSection(report)}
  ${commentsSection(report, query)}
  ${contactsSection(report)}
</main>
<footer>
  <a href="/export.csv?${exportQuery.toString()}" download>Export these displays as CSV</a> ·
  <a href="/api/summary?${exportQuery.toString()}">JSON</a> ·
  ${report.scope.from.slice(0, 10)} to ${new Date(Date.parse(report.scope.to) - 1).toISOString().slice(0, 10)} (UTC); previews excluded.
</footer>
</body>
</html>`.toString();
}
