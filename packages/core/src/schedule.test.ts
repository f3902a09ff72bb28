import { expect, it } from 'vitest';
import { scheduleState } from './schedule';

const start = '2026-03-01T00:00:00Z';
const end = '2026-04-01T00:00:00+02:00';

it('is live from startsAt (inclusive) until endsAt (exclusive), with either end open', () => {
  const t = Date.parse;
  expect(scheduleState({}, 0)).toBe('live');
  expect(scheduleState({ startsAt: start, endsAt: end }, t(start) - 1)).toBe('not-started');
  expect(scheduleState({ startsAt: start, endsAt: end }, t(start))).toBe('live');
  expect(scheduleState({ startsAt: start, endsAt: end }, t('2026-03-31T21:59:59.999Z'))).toBe('live');
  expect(scheduleState({ startsAt: start, endsAt: end }, t('2026-03-31T22:00:00Z'))).toBe('ended');
  expect(scheduleState({ endsAt: end }, t(end) + 1)).toBe('ended');
  expect(scheduleState({ startsAt: start }, t(start) + 365 * 86_400_000)).toBe('live');
});
