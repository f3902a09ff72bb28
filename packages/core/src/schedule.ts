/** Where a survey's schedule stands at a moment: before `startsAt`, between, or from `endsAt` on. */
export type ScheduleState = 'not-started' | 'live' | 'ended';

/**
 * The schedule window of a survey: live from `startsAt` (inclusive) until `endsAt` (exclusive); either end may be
 * open. Pure: pass the time.
 * @example
 * scheduleState({ startsAt: '2026-03-01T00:00:00Z' }, Date.UTC(2026, 1, 28)); // 'not-started'
 */
export function scheduleState(survey: { startsAt?: string; endsAt?: string }, now: number): ScheduleState {
  // An unreadable date (only possible in a file that skipped validation) parses to NaN and never closes the window.
  if (survey.startsAt !== undefined && now < Date.parse(survey.startsAt)) return 'not-started';
  if (survey.endsAt !== undefined && now >= Date.parse(survey.endsAt)) return 'ended';
  return 'live';
}
