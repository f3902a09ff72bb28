import type { SurveyOptions } from './options';
import { type Survey, startSurvey } from './survey-instance';
import { validateOptions } from './validate-options';

export type { ShowOptions, Survey } from './survey-instance';

/**
 * Creates a Net Promoter survey. Throws only for invalid options (a TypeError/RangeError naming the
 * option); after that, nothing it does throws into the page.
 * @example
 * const survey = createSurvey({ surveyId: 'website-nps', collector: createCollector({ endpoint: '/collect' }) });
 * survey.on('submitted', (record) => console.log(record.score));
 * survey.show();
 */
export function createSurvey(input: SurveyOptions): Survey {
  const { options, warnings } = validateOptions(input);
  return startSurvey(options, warnings);
}
