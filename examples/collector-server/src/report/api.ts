import type { Hono } from 'hono';
import type { Database } from '../db.js';
import { latestResponses } from './queries.js';
import { buildReport } from './report.js';
import { readScope } from './scope-params.js';

/** What the JSON API reads from. */
export interface ApiOptions {
  db: Database;
  now: () => number;
}

/** Mounts the read API: GET /api/summary (the dashboard's numbers) and GET /api/responses (newest records). */
export function mountApi(app: Hono, options: ApiOptions): void {
  app.get('/api/summary', async (c) => {
    const scope = readScope(new URL(c.req.url).searchParams, options.now());
    if (!scope.ok) return c.json({ error: scope.error }, 400);
    return c.json(await buildReport(options.db, scope.value));
  });
  app.get('/api/responses', async (c) => {
    const raw = c.req.query('limit') ?? '50';
    const limit = Number(raw);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      return c.json({ error: `limit must be an integer from 1 to 1000, got ${raw}` }, 400);
    }
    return c.json({ responses: await latestResponses(options.db, limit) });
  });
}
