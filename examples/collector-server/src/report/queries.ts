import type { NpsCategory } from '@npskit/core';
import type { Database } from '../db.js';

/** Which responses a report covers: one survey (or all) answered in [from, to). */
export interface Scope {
  surveyId?: string;
  from: Date;
  to: Date;
}

/** Answer counts per category, plain and weighted by 1/sample_rate. */
export interface CategoryCounts {
  promoters: number;
  passives: number;
  detractors: number;
  /** Same counts weighted by 1/sampleRate (plus Σ w² for the effective n), so sampled-down segments count for what they represent. */
  weighted: { promoters: number; passives: number; detractors: number; squares: number };
}

/** CategoryCounts of one group (a period or an attribute value). */
export interface GroupCounts extends CategoryCounts {
  key: string;
}

// Preview (QA) displays never count. $1 = from, $2 = to, $3 = survey id or null for all surveys.
const ANSWERED = `score IS NOT NULL AND NOT preview AND answered_at >= $1 AND answered_at < $2 AND ($3::text IS NULL OR survey_id = $3)`;
const SHOWN = `NOT preview AND shown_at >= $1 AND shown_at < $2 AND ($3::text IS NULL OR survey_id = $3)`;

function scopeParams(scope: Scope): unknown[] {
  return [scope.from, scope.to, scope.surveyId ?? null];
}

interface CountRow {
  key: string | null;
  category: NpsCategory;
  n: number;
  w: number;
  w2: number;
}

const FIELD: Record<NpsCategory, 'promoters' | 'passives' | 'detractors'> = {
  promoter: 'promoters',
  passive: 'passives',
  detractor: 'detractors',
};

function emptyCounts(key: string): GroupCounts {
  return {
    key,
    promoters: 0,
    passives: 0,
    detractors: 0,
    weighted: { promoters: 0, passives: 0, detractors: 0, squares: 0 },
  };
}

function collect(rows: readonly CountRow[]): GroupCounts[] {
  const groups = new Map<string, GroupCounts>();
  for (const row of rows) {
    const key = row.key ?? '(none)';
    const group = groups.get(key) ?? emptyCounts(key);
    group[FIELD[row.category]] += row.n;
    group.weighted[FIELD[row.category]] += row.w;
    group.weighted.squares += row.w2;
    groups.set(key, group);
  }
  return [...groups.values()];
}

const COUNTS = `category, count(*)::int AS n, sum(1.0 / sample_rate)::float8 AS w, sum(1.0 / (sample_rate * sample_rate))::float8 AS w2`;

/** Category counts of every answer in scope. */
export async function countAnswers(db: Database, scope: Scope): Promise<CategoryCounts> {
  const rows = await db.query<CountRow>(
    `SELECT 'all' AS key, ${COUNTS} FROM responses WHERE ${ANSWERED} GROUP BY category`,
    scopeParams(scope),
  );
  return collect(rows)[0] ?? emptyCounts('all');
}

/** Calendar buckets a trend can use. */
export type TrendUnit = 'day' | 'week' | 'month';

/** Category counts per calendar bucket (UTC), oldest first; keys are ISO dates of the bucket start. */
export async function countByPeriod(db: Database, scope: Scope, unit: TrendUnit): Promise<GroupCounts[]> {
  const rows = await db.query<CountRow>(
    `SELECT to_char(date_trunc('${unit}', answered_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS key, ${COUNTS}
     FROM responses WHERE ${ANSWERED} GROUP BY 1, category ORDER BY 1`,
    scopeParams(scope),
  );
  return collect(rows);
}

/** Category counts per value of one segment attribute (e.g. `city`), most answers first. */
export async function countByAttribute(db: Database, scope: Scope, attribute: string): Promise<GroupCounts[]> {
  const rows = await db.query<CountRow>(
    `SELECT attributes ->> $4 AS key, ${COUNTS} FROM responses WHERE ${ANSWERED} GROUP BY 1, category`,
    [...scopeParams(scope), attribute],
  );
  const total = (g: GroupCounts) => g.promoters + g.passives + g.detractors;
  return collect(rows).sort((a, b) => total(b) - total(a) || a.key.localeCompare(b.key));
}

/** Attribute names seen on answers in scope, alphabetically. */
export async function attributeNames(db: Database, scope: Scope): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT DISTINCT jsonb_object_keys(attributes) AS name FROM responses WHERE ${ANSWERED} ORDER BY 1`,
    scopeParams(scope),
  );
  return rows.map((row) => row.name);
}

/** Displays and what became of them. */
export interface Funnel {
  displays: number;
  answered: number;
  dismissed: number;
}

/** Displays shown in scope and how many were answered or dismissed without a score. */
export async function countDisplays(db: Database, scope: Scope): Promise<Funnel> {
  const [row] = await db.query<Funnel>(
    `SELECT count(*)::int AS displays,
            count(*) FILTER (WHERE score IS NOT NULL)::int AS answered,
            count(*) FILTER (WHERE score IS NULL AND status = 'dismissed')::int AS dismissed
     FROM responses WHERE ${SHOWN}`,
    scopeParams(scope),
  );
  return row ?? { displays: 0, answered: 0, dismissed: 0 };
}

/** How often a reason tag was picked in a category. */
export interface ReasonCount {
  category: NpsCategory;
  reason: string;
  n: number;
}

/** The `limit` most picked reason tags of each category. */
export async function topReasons(db: Database, scope: Scope, limit = 5): Promise<ReasonCount[]> {
  return db.query<ReasonCount>(
    `SELECT category, reason, n FROM (
       SELECT category, reason, count(*)::int AS n,
              row_number() OVER (PARTITION BY category ORDER BY count(*) DESC, reason) AS rank
       FROM responses, unnest(reasons) AS reason WHERE ${ANSWERED} GROUP BY category, reason
     ) ranked WHERE rank <= $4 ORDER BY category, n DESC, reason`,
    [...scopeParams(scope), limit],
  );
}

/** An answer as the dashboard lists it. */
export interface AnswerRow {
  id: string;
  survey_id: string;
  score: number;
  category: NpsCategory;
  comment: string | null;
  reasons: string[];
  locale: string;
  direction: 'ltr' | 'rtl';
  user_id: string | null;
  contact_email: string | null;
  attributes: Record<string, unknown>;
  answered_at: Date;
}

const ANSWER_COLUMNS = `id, survey_id, score::int AS score, category, comment, reasons, locale, direction, user_id, contact_email, attributes, answered_at`;

/** The newest answers with a comment, optionally of one category. */
export async function recentComments(
  db: Database,
  scope: Scope,
  category: NpsCategory | null,
  limit = 15,
): Promise<AnswerRow[]> {
  return db.query<AnswerRow>(
    `SELECT ${ANSWER_COLUMNS} FROM responses
     WHERE ${ANSWERED} AND comment IS NOT NULL AND comment <> '' AND ($4::text IS NULL OR category = $4)
     ORDER BY answered_at DESC, id LIMIT $5`,
    [...scopeParams(scope), category, limit],
  );
}

/** Detractors who agreed to be contacted, newest first: the people to call back. */
export async function contactRequests(db: Database, scope: Scope, limit = 500): Promise<AnswerRow[]> {
  return db.query<AnswerRow>(
    `SELECT ${ANSWER_COLUMNS} FROM responses
     WHERE ${ANSWERED} AND category = 'detractor' AND contact_consent
     ORDER BY answered_at DESC, id LIMIT $4`,
    [...scopeParams(scope), limit],
  );
}

/** Every stored column of the displays shown in scope, oldest first (for CSV export). */
export async function exportRows(db: Database, scope: Scope): Promise<Record<string, unknown>[]> {
  return db.query(
    `SELECT id, revision, survey_id, status, score, category, comment, array_to_string(reasons, ';') AS reasons,
            contact_consent, contact_email, user_id, anonymous_id, locale, direction, orientation, page_url,
            attributes::text AS attributes, sample_rate, trigger, preview, shown_at, answered_at, completed_at,
            dismissed_at, updated_at, received_at
     FROM responses WHERE ($3::text IS NULL OR survey_id = $3) AND shown_at >= $1 AND shown_at < $2
     ORDER BY shown_at, id`,
    scopeParams(scope),
  );
}

/** Survey ids with at least one display, alphabetically. */
export async function surveyIds(db: Database): Promise<string[]> {
  const rows = await db.query<{ survey_id: string }>('SELECT DISTINCT survey_id FROM responses ORDER BY 1');
  return rows.map((row) => row.survey_id);
}

/** Newest stored records, including displays without an answer (the API the tests read). */
export async function latestResponses(db: Database, limit: number): Promise<Record<string, unknown>[]> {
  return db.query(
    `SELECT id, revision, survey_id, status, score::int AS score, category, comment, reasons, contact_consent,
            contact_email, user_id, anonymous_id, locale, direction, orientation, attributes, sample_rate, trigger,
            preview, shown_at, answered_at, updated_at, received_at
     FROM responses ORDER BY updated_at DESC, id LIMIT $1`,
    [limit],
  );
}
