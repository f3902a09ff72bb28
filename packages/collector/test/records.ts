import type { ResponseRecord } from '@npskit/core';

/** A valid record for display `id` at `revision`; later revisions carry a score and a comment. */
export function makeRecord(id: string, revision = 1, extra: Partial<ResponseRecord> = {}): ResponseRecord {
  const at = new Date(Date.UTC(2026, 10, 24, 12, 0, revision)).toISOString();
  return {
    id,
    revision,
    surveyId: 'website-nps',
    status: revision === 1 ? 'shown' : 'answered',
    ...(revision > 1 ? { score: 9 as const, category: 'promoter' as const, comment: `revision ${revision}` } : {}),
    anonymousId: 'anon-1',
    locale: 'en',
    direction: 'ltr',
    orientation: 'left-to-right',
    sampleRate: 1,
    shownAt: at,
    updatedAt: at,
    sdk: { name: '@npskit/collector-test', version: '0.0.0' },
    ...extra,
  };
}
