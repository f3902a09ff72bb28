import { classify } from '../src/score';
import type { NpsScore, ResponseRecord } from '../src/types';

let counter = 0;

/** A valid response record for tests; `score` makes it answered, `changes` override any field. */
export function makeRecord(score: number | undefined, changes: Partial<ResponseRecord> = {}): ResponseRecord {
  counter++;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  const record: ResponseRecord = {
    id,
    revision: 1,
    surveyId: 'nps',
    status: score === undefined ? 'shown' : 'answered',
    anonymousId: `anon-${counter}`,
    locale: 'en',
    direction: 'ltr',
    orientation: 'left-to-right',
    sampleRate: 1,
    shownAt: '2026-01-31T12:00:00.000Z',
    updatedAt: '2026-01-31T12:00:00.000Z',
    sdk: { name: 'test', version: '0' },
  };
  if (score !== undefined) {
    record.score = score as NpsScore;
    record.category = classify(score);
    record.answeredAt = changes.answeredAt ?? record.shownAt;
  }
  return { ...record, ...changes };
}
