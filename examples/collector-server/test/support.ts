import { randomUUID } from 'node:crypto';
import type { ResponseRecord } from '@npskit/core';
import type { Hono } from 'hono';
import { type Database, openDatabase } from '../src/db.js';

/**
 * Opens the test database: PGlite in memory, or the PostgreSQL server named by DATABASE_URL so the
 * same suite checks the production engine. Tests share one connection per file and empty the table between tests.
 */
export async function openTestDatabase(): Promise<Database> {
  return openDatabase({ url: process.env.DATABASE_URL });
}

export async function emptyTable(db: Database): Promise<void> {
  await db.query('DELETE FROM responses');
}

/** A valid answered record; override any field. */
export function record(overrides: Partial<ResponseRecord> = {}): ResponseRecord {
  const at = overrides.shownAt ?? '2026-03-10T12:00:00.000Z';
  return {
    id: randomUUID(),
    revision: 2,
    surveyId: 'website-nps',
    status: 'answered',
    score: 9,
    category: 'promoter',
    anonymousId: randomUUID(),
    locale: 'en',
    direction: 'ltr',
    orientation: 'left-to-right',
    sampleRate: 1,
    shownAt: at,
    answeredAt: at,
    updatedAt: at,
    sdk: { name: 'npskit', version: '0.1.0' },
    ...overrides,
  };
}

export function batch(records: ResponseRecord[], sentAt = new Date().toISOString()): string {
  return JSON.stringify({ protocol: 1, sentAt, records });
}

/** POSTs a body to /collect as the SDK does by default (text/plain, so no preflight). */
export function post(app: Hono, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    app.request('/collect', {
      method: 'POST',
      body,
      headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
    }),
  );
}

export async function storedRow(db: Database, id: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await db.query('SELECT * FROM responses WHERE id = $1', [id]);
  return row;
}
