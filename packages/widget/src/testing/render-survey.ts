import { within } from '@testing-library/preact';
import type { SurveyOptions } from '../options';
import { createSurvey } from '../survey';
import { fakeCollector } from './fake-collector';

/** Creates and shows a survey with a fake collector; resolves once it is on the page. */
export async function showSurvey(options: Partial<SurveyOptions> = {}) {
  const fake = fakeCollector();
  const errors: Error[] = [];
  const survey = createSurvey({ surveyId: 'test-nps', collector: fake.collector, locale: 'en', ...options });
  survey.on('error', (error) => errors.push(error));
  const shown = new Promise<void>((resolve) => survey.on('shown', () => resolve()));
  survey.show();
  await shown;
  const host = document.querySelector('npskit-survey') as HTMLElement;
  const shadow = host.shadowRoot as unknown as HTMLElement;
  return { survey, fake, errors, host, shadow, view: within(shadow) };
}
