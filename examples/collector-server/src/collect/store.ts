import type { ResponseRecord } from '@npskit/core';
import type { Database } from '../db.js';

// Column order of the INSERT; `values()` below must follow it.
export const COLUMNS = [
  'id',
  'revision',
  'survey_id',
  'status',
  'score',
  'category',
  'comment',
  'reasons',
  'contact_consent',
  'contact_email',
  'user_id',
  'anonymous_id',
  'locale',
  'direction',
  'orientation',
  'page_url',
  'page_title',
  'page_referrer',
  'attributes',
  'sample_rate',
  'trigger',
  'preview',
  'sdk_name',
  'sdk_version',
  'shown_at',
  'answered_at',
  'completed_at',
  'dismissed_at',
  'updated_at',
  'clock_skew_ms',
  'received_at',
  'first_received_at',
] as const;

// Never overwritten by a later revision: the row's identity and when it first arrived.
const KEEP = new Set(['id', 'first_received_at']);

const UPDATE_SET = COLUMNS.filter((column) => !KEEP.has(column))
  .map((column) => `${column} = excluded.${column}`)
  .join(', ');

function values(record: ResponseRecord, receivedAt: Date, clockSkewMs: number | null): unknown[] {
  return [
    record.id,
    record.revision,
    record.surveyId,
    record.status,
    record.score ?? null,
    record.category ?? null,
    record.comment ?? null,
    record.reasons ?? [],
    record.contact?.consent ?? null,
    record.contact?.email ?? null,
    record.userId ?? null,
    record.anonymousId,
    record.locale,
    record.direction,
    record.orientation,
    record.page?.url ?? null,
    record.page?.title ?? null,
    record.page?.referrer ?? null,
    // Serialised here so node-postgres and PGlite send the same jsonb text.
    JSON.stringify(record.attributes ?? {}),
    record.sampleRate,
    record.trigger ?? null,
    record.preview ?? false,
    record.sdk.name,
    record.sdk.version,
    record.shownAt,
    record.answeredAt ?? null,
    record.completedAt ?? null,
    record.dismissedAt ?? null,
    record.updatedAt,
    clockSkewMs,
    receivedAt,
    receivedAt,
  ];
}

/** Keeps the highest revision of each id: one statement may not touch the same row twice. */
export function latestRevisions(records: readonly ResponseRecord[]): ResponseRecord[] {
  const latest = new Map<string, ResponseRecord>();
  for (const record of records) {
    const seen = latest.get(record.id);
    if (!seen || record.revision > seen.revision) latest.set(record.id, record);
  }
  return [...latest.values()];
}

/** What an upsert did. */
export interface UpsertResult {
  /** Ids whose row was inserted or moved to a higher revision. Duplicates and stale revisions are absent. */
  stored: string[];
}

/**
 * Upserts records by id, keeping the highest revision. The `WHERE` on the conflict branch makes
 * replays and out-of-order deliveries harmless, and PostgreSQL's row lock makes concurrent upserts of one
 * id converge on the highest revision whatever order they commit in.
 */
export async function upsertRecords(
  db: Database,
  records: readonly ResponseRecord[],
  receivedAt: Date,
  clockSkewMs: number | null = null,
): Promise<UpsertResult> {
  const rows = latestRevisions(records);
  if (rows.length === 0) return { stored: [] };
  const params: unknown[] = [];
  const tuples = rows.map((record) => {
    const start = params.length;
    params.push(...values(record, receivedAt, clockSkewMs));
    const placeholders = COLUMNS.map((column, i) => {
      const p = `$${start + i + 1}`;
      if (column === 'attributes') return `${p}::jsonb`;
      if (column === 'reasons') return `${p}::text[]`;
      return p;
    });
    return `(${placeholders.join(', ')})`;
  });
  const sql =
    `INSERT INTO responses (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')} ` +
    `ON CONFLICT (id) DO UPDATE SET ${UPDATE_SET} WHERE excluded.revision > responses.revision RETURNING id`;
  const stored = await db.query<{ id: string }>(sql, params);
  return { stored: stored.map((row) => row.id) };
}
