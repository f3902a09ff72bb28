import { createSurvey, type SurveyOptions } from '../index';
import type { MountContext, MountedSurvey } from './chunks';
import type { EmbedConfig } from './config';
import { connect, disconnect, flush } from './delivery';
import { type SurveyEvents, wireHistory } from './survey-history';

export { connect, disconnect, flush };

/**
 * npskit-ui.js, fetched only when a survey will show: creates the survey from the validated options, the
 * loader's decisions (visitor ids, trigger, preview) and the page's collector, and keeps the visitor's recontact
 * history up to date from the survey's events.
 */
export function mount(config: EmbedConfig, ctx: MountContext): MountedSurvey {
  const container = typeof config.container === 'string' ? document.querySelector(config.container) : config.container;
  const options: Record<string, unknown> = {
    ...config.survey,
    surveyId: config.surveyId,
    collector: connect(config.endpoint),
    anonymousId: ctx.visitor.anonymousId,
    userId: ctx.userId,
    attributes: ctx.attributes,
    // A forced display at rate 0 still needs a valid weight; 1 says "not down-sampled".
    sampleRate: config.sampleRate || 1,
    trigger: ctx.trigger,
    preview: ctx.preview,
    debug: ctx.debug,
    product: config.product,
    locale: config.locale,
    position: config.position,
    theme: config.theme,
    container: container ?? undefined,
  };
  // Unset options are left out rather than passed as undefined, so the widget applies its own defaults.
  for (const key of Object.keys(options)) if (options[key] === undefined) delete options[key];
  const survey = createSurvey(options as unknown as SurveyOptions);
  wireHistory(survey as unknown as SurveyEvents, config.surveyId, ctx);
  return survey;
}
