import { type NpsSummary, summarize } from '@npskit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db.js';
import type { Report } from '../src/report/report.js';
import { generateSeed, seedDatabase } from '../src/seed/seed.js';
import { batch, emptyTable, openTestDatabase, post, record } from './support.js';

const NOW = Date.parse('2026-06-15T10:00:00Z');
// Fewer displays than the demo's default keep the suite quick; the shape of the data is the same.
const SEED = { now: NOW, displays: 1500 };
const DAY = 86_400_000;
let db: Database;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  db = await openTestDatabase();
  await emptyTable(db);
  await seedDatabase(db, SEED);
  // On this machine without credentials, as `npm run demo` runs it (test/auth.test.ts covers the other modes).
  app = createApp({ db, rateLimit: false, now: () => NOW, peerAddress: () => '127.0.0.1' });
});
afterAll(() => db.close());

async function summary(query = ''): Promise<Report> {
  const res = await app.request(`/api/summary${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Report;
}

// The same numbers computed from the generated records in memory, without SQL.
function expected(
  days: number,
  filter: (r: ReturnType<typeof generateSeed>[number]) => boolean = () => true,
): NpsSummary {
  const to = Math.floor(NOW / DAY) * DAY + DAY;
  const scores = generateSeed(SEED)
    .filter((r) => r.score !== undefined && !r.preview && r.answeredAt !== undefined)
    .filter((r) => Date.parse(r.answeredAt!) >= to - days * DAY && Date.parse(r.answeredAt!) < to)
    .filter(filter)
    .map((r) => r.score!);
  return summarize(scores);
}

describe('GET /api/summary', () => {
  it('gives the NPS, interval and n that core computes from the same answers', async () => {
    const report = await summary('?days=90');
    const want = expected(90);
    expect(want.n).toBeGreaterThan(100);
    expect(report.current.n).toBe(want.n);
    expect(report.current.nps).toBeCloseTo(want.nps!, 9);
    expect(report.current.interval).toEqual(want.interval);
    // Free-plan answers were sampled at 50 %, so the weighted estimate exists and differs.
    expect(report.current.weighted?.nps).not.toBeCloseTo(want.nps!, 1);
  });

  it('compares with the previous period of the same length', async () => {
    const report = await summary('?days=90');
    expect(report.previous.n).toBeGreaterThan(0);
    // Both periods carry sample-rate weights, so core compares the weighted estimates.
    expect(report.change.difference).toBeCloseTo(report.current.weighted!.nps! - report.previous.weighted!.nps!, 9);
    expect(typeof report.change.p).toBe('number');
  });

  it('breaks answers down by any attribute, the groups adding up to the total', async () => {
    for (const segment of ['city', 'plan', 'department', 'region']) {
      const report = await summary(`?days=180&segment=${segment}`);
      const total = report.segment.groups.reduce((sum, g) => sum + g.summary.n, 0);
      expect(total).toBe(report.current.n);
    }
    const byCity = await summary('?days=180&segment=city');
    const izmir = byCity.segment.groups.find((g) => g.key === 'İzmir');
    expect(izmir?.summary.n).toBe(expected(180, (r) => r.attributes?.city === 'İzmir').n);
    expect(byCity.segment.attributes).toEqual(['city', 'country', 'department', 'plan', 'region']);
  });

  it('gives a trend per week whose counts add up, and the response rate of displays', async () => {
    const report = await summary('?days=90');
    expect(report.scope.unit).toBe('week');
    expect(report.trend.reduce((sum, p) => sum + p.summary.n, 0)).toBe(report.current.n);
    expect(report.funnel.displays).toBeGreaterThan(report.funnel.answered);
    expect(report.funnel.responseRate).toBeCloseTo(report.funnel.answered / report.funnel.displays, 9);
  });

  it('lists top reasons per category, recent comments filtered by category, and consenting detractors', async () => {
    const report = await summary('?days=180&category=detractor');
    expect(report.reasons.filter((r) => r.category === 'detractor').length).toBeGreaterThan(0);
    expect(report.comments.length).toBeGreaterThan(0);
    expect(report.comments.every((c) => c.category === 'detractor' && c.comment)).toBe(true);
    expect(report.comments.map((c) => c.locale)).toEqual(expect.arrayContaining(['tr', 'pl']));
    expect(report.contacts.length).toBeGreaterThan(0);
    expect(report.contacts.every((c) => c.category === 'detractor')).toBe(true);
  });

  it('names the wrong parameter in a 400', async () => {
    const res = await app.request('/api/summary?days=3');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'days must be an integer from 7 to 730, got 3' });
    expect((await app.request('/api/summary?category=fan')).status).toBe(400);
  });
});

describe('GET /dashboard', () => {
  it('renders the numbers, SVG charts with captions and data tables, under a strict CSP', async () => {
    const res = await app.request('/dashboard?days=90&segment=plan');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await res.text();
    const report = await summary('?days=90&segment=plan');
    expect(page).toContain(`n = ${report.current.n.toLocaleString('en')}`);
    expect(page).toMatch(/<svg class="chart trend"[^>]*role="img" aria-labelledby="trend-caption"/);
    expect(page).toContain('<h2 id="segment-title">By plan</h2>');
    expect(page).toContain('<caption>NPS by plan with 95 % intervals');
    expect(page).not.toMatch(/style=/);
  });

  it('serves its stylesheet with a dark scheme', async () => {
    const css = await (await app.request('/dashboard.css')).text();
    expect(css).toContain('prefers-color-scheme: dark');
  });
});

describe('with hostile answers', () => {
  const evil = record({
    score: 2,
    category: 'detractor',
    status: 'completed',
    completedAt: new Date(NOW - DAY).toISOString(),
    answeredAt: new Date(NOW - DAY).toISOString(),
    shownAt: new Date(NOW - DAY).toISOString(),
    comment: '=HYPERLINK("http://evil.example","click") <img src=x onerror=alert(1)>',
    attributes: { city: '<script>alert(1)</script>' },
  });
  beforeAll(async () => {
    expect((await post(app, batch([evil]))).status).toBe(200);
  });

  it('escapes comments and attribute values on the dashboard', async () => {
    const page = await (await app.request('/dashboard?days=30&category=detractor')).text();
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<script>alert(1)</script>');
  });

  it('exports CSV with quoting and formula cells defused', async () => {
    const res = await app.request('/export.csv?days=30');
    expect(res.headers.get('content-type')).toContain('text/csv');
    const csv = await res.text();
    const [header] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'id,revision,survey_id,status,score,category,comment,reasons,contact_consent,contact_email,user_id,anonymous_id,locale,direction,orientation,page_url,attributes,sample_rate,trigger,preview,shown_at,answered_at,completed_at,dismissed_at,updated_at,received_at',
    );
    const line = csv.split('\r\n').find((l) => l.startsWith(evil.id));
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") <img src=x onerror=alert(1)>"`);
  });

  it('leaves preview answers out of every number', async () => {
    const before = await summary('?days=30');
    const preview = record({
      preview: true,
      shownAt: new Date(NOW - DAY).toISOString(),
      answeredAt: new Date(NOW - DAY).toISOString(),
    });
    await post(app, batch([preview]));
    const after = await summary('?days=30');
    expect(after.current.n).toBe(before.current.n);
    expect(after.funnel.displays).toBe(before.funnel.displays);
  });
});

describe('seed', () => {
  it('is reproducible and spans locales, segments and months', () => {
    const a = generateSeed({ now: NOW });
    expect(generateSeed({ now: NOW })).toEqual(a);
    expect(generateSeed({ now: NOW, seed: 8 })).not.toEqual(a);
    expect(new Set(a.map((r) => r.locale))).toEqual(new Set(['tr', 'pl', 'fa', 'en']));
    const months = new Set(a.map((r) => r.shownAt.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(6);
    expect(a.some((r) => r.category === 'detractor' && r.contact?.consent)).toBe(true);
  });
});
