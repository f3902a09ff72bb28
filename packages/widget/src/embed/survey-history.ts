import { recordAnswered, recordDismissed, recordShown, restoreHistory } from '@npskit/core';
import type { MountContext } from './chunks';

/** The survey events the loader forwards, as the ESM API names them. */
export const SURVEY_EVENTS = ['shown', 'score', 'submitted', 'dismissed', 'delivered', 'error'] as const;

/** The part of a survey this wiring needs: its event subscription. */
export interface SurveyEvents {
  on(event: string, listener: (payload: unknown) => void): unknown;
}

/**
 * Keeps the visitor's recontact history in step with the survey (shown → recordShown, score → recordAnswered,
 * dismissed → recordDismissed; never for previews) and forwards every event to the page.
 */
export function wireHistory(survey: SurveyEvents, surveyId: string, ctx: MountContext): void {
  const { visitor, now } = ctx;
  for (const name of SURVEY_EVENTS) {
    survey.on(name, (payload) => {
      if (!ctx.preview) {
        // The loader trusts stored history only as far as decide() needs; sanitise before writing it back.
        const h = restoreHistory(visitor.history, now());
        if (name === 'shown') visitor.save(recordShown(h, surveyId, now(), { sessionId: visitor.sessionId }));
        if (name === 'score') visitor.save(recordAnswered(h, surveyId, now()));
        if (name === 'dismissed') visitor.save(recordDismissed(h, surveyId, now()));
      }
      ctx.emit(name, payload);
    });
  }
}
