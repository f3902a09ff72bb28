import type { SurveyHistory, SurveyRecordHistory } from './throttle';

/**
 * Turns whatever was read back from storage (`JSON.parse` output, `null`, a stale or tampered value) into a
 * valid {@link SurveyHistory}, keeping every well-formed part; falls back to `emptyHistory(now)`.
 * @example
 * const history = restoreHistory(JSON.parse(storage.getItem('npskit:history') ?? 'null'), Date.now());
 */
export function restoreHistory(stored: unknown, now: number): SurveyHistory {
  const history: SurveyHistory = { version: 1, firstSeenAt: now, surveys: {} };
  if (!isObject(stored) || stored['version'] !== 1) return history;
  if (isTime(stored['firstSeenAt'])) history.firstSeenAt = stored['firstSeenAt'];
  const surveys = stored['surveys'];
  if (isObject(surveys)) {
    for (const id of Object.keys(surveys)) {
      const s = surveys[id];
      if (!isObject(s) || id === '__proto__') continue;
      const record: SurveyRecordHistory = { dismissals: isCount(s['dismissals']) ? s['dismissals'] : 0 };
      for (const key of ['lastShownAt', 'lastAnsweredAt', 'lastDismissedAt'] as const) {
        const t = s[key];
        if (isTime(t)) record[key] = t;
      }
      history.surveys[id] = record;
    }
  }
  const session = stored['session'];
  if (isObject(session) && typeof session['id'] === 'string' && isCount(session['shown'])) {
    history.session = { id: session['id'], shown: session['shown'] };
  }
  return history;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
