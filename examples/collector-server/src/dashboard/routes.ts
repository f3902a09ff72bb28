import type { Hono } from 'hono';
import type { Auth } from '../auth.js';
import { COLUMNS } from '../collect/store.js';
import type { Database } from '../db.js';
import { exportRows } from '../report/queries.js';
import { buildReport } from '../report/report.js';
import { readScope } from '../report/scope-params.js';
import { toCsv } from './csv.js';
import { dashboardPage } from './page.js';
import { DASHBOARD_CSS, DASHBOARD_JS } from './styles.js';

/** What the dashboard reads from. */
export interface DashboardOptions {
  db: Database;
  now: () => number;
  /** Tells the page who is signed in, for the sign-out button. */
  auth: Auth;
}

/** Nothing on the dashboard's pages loads from elsewhere, so the policy can be this strict. */
export const CSP =
  "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

// The stored columns minus bookkeeping an analyst does not need in a spreadsheet.
const NOT_EXPORTED = new Set([
  'page_title',
  'page_referrer',
  'sdk_name',
  'sdk_version',
  'clock_skew_ms',
  'first_received_at',
]);
const EXPORT_COLUMNS = COLUMNS.filter((column) => !NOT_EXPORTED.has(column));

/** Mounts GET /dashboard (server-rendered HTML), its CSS and script, and GET /export.csv. */
export function mountDashboard(app: Hono, options: DashboardOptions): void {
  app.get('/dashboard', async (c) => {
    const query = new URL(c.req.url).searchParams;
    const scope = readScope(query, options.now());
    if (!scope.ok) return c.text(scope.error, 400);
    const report = await buildReport(options.db, scope.value);
    c.header('Content-Security-Policy', CSP);
    const user = options.auth.mode === 'credentials' ? options.auth.user(c) : null;
    const signedIn = user ? { username: user, csrf: await options.auth.csrfToken(c) } : undefined;
    return c.html(dashboardPage(report, query, signedIn));
  });
  app.get('/dashboard.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(DASHBOARD_CSS);
  });
  app.get('/dashboard.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(DASHBOARD_JS);
  });
  app.get('/export.csv', async (c) => {
    const scope = readScope(new URL(c.req.url).searchParams, options.now());
    if (!scope.ok) return c.text(scope.error, 400);
    const rows = await exportRows(options.db, scope.value);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="npskit-${scope.value.from.toISOString().slice(0, 10)}.csv"`);
    // A byte-order mark makes Excel read the UTF-8 comments (Turkish, Polish, Persian) correctly.
    return c.body(`\uFEFF${toCsv(rows, EXPORT_COLUMNS)}`);
  });
}
