import type { Survey } from '../survey-instance';
import { startSurvey } from '../survey-instance';
import type { MountContext, MountedSurvey } from './chunks';
import type { EmbedConfig } from './config';
import { connect, disconnect, flush } from './delivery';
import { type SurveyEvents, wireHistory } from './survey-history';

export { connect, disconnect, flush };

/**
 * npskit-ui.js, fetched only when a survey will show: starts the survey from the options npskit-rules.js
 * validated (no second validator here), the loader's decisions (visitor ids, trigger, preview) and the page's
 * collector, and keeps the visitor's recontact history up to date from the survey's events.
 */
export function mount(config: EmbedConfig, ctx: MountContext): MountedSurvey {
  const position = config.position ?? 'bottom-right';
  const found = typeof config.container === 'string' ? document.querySelector(config.container) : config.container;
  const container = found ?? undefined;
  if (position === 'inline' && !container) {
    throw new TypeError(
      `npskit: container must match an element when position is 'inline', got ${JSON.stringify(config.container)}`,
    );
  }
  const survey: Survey = startSurvey(
    {
      ...ctx.content,
      surveyId: config.surveyId,
      collector: connect(config.endpoint),
      product: config.product,
      locale: config.locale,
      position,
      container: position === 'inline' ? container : undefined,
      theme: config.theme ?? 'auto',
      userId: ctx.userId,
      anonymousId: ctx.visitor.anonymousId,
      attributes: ctx.attributes,
      // A forced display at rate 0 still needs a valid weight; 1 says "not down-sampled".
      sampleRate: config.sampleRate || 1,
      trigger: ctx.trigger,
      preview: ctx.preview,
      autoClose: 0,
      nonce: undefined,
      debug: ctx.debug,
      onError: undefined,
      now: Date.now,
    },
    [],
  );
  wireHistory(survey as unknown as SurveyEvents, config.surveyId, ctx);
  return survey;
}
