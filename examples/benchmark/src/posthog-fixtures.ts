/** Project tokens of the two PostHog setups the benchmark serves. */
export const POSTHOG_TOKENS = {
  /** The NPS survey is running and this visitor gets it. */
  show: 'phc_npskit_bench_show',
  /** The NPS survey is running but limited to a URL the page never has: nobody is asked. */
  none: 'phc_npskit_bench_none',
} as const;

/**
 * PostHog's own NPS template as its /api/surveys/ endpoint returns it: one rating question,
 * numbers 0–10, a popover with the default look.
 */
function npsSurvey(urlCondition: string | null) {
  return {
    id: '0190f5a8-0000-7000-8000-00000000b0b0',
    name: 'Net Promoter Score',
    description: '',
    type: 'popover',
    feature_flag_keys: null,
    linked_flag_key: null,
    targeting_flag_key: null,
    internal_targeting_flag_key: null,
    questions: [
      {
        id: 'nps',
        type: 'rating',
        display: 'number',
        scale: 10,
        question: 'How likely are you to recommend us to a friend or colleague?',
        lowerBoundLabel: 'Not at all likely',
        upperBoundLabel: 'Extremely likely',
        description: '',
        descriptionContentType: 'text',
        optional: false,
        buttonText: 'Submit',
      },
    ],
    appearance: {
      position: 'right',
      displayThankYouMessage: true,
      thankYouMessageHeader: 'Thank you for your feedback!',
    },
    conditions: urlCondition
      ? { url: urlCondition, urlMatchType: 'exact', events: null, actions: null, cancelEvents: null }
      : null,
    start_date: '2026-01-01T00:00:00Z',
    end_date: null,
    current_iteration: null,
    current_iteration_start_date: null,
    schedule: 'once',
    enable_partial_responses: false,
  };
}

/** The /api/surveys/ body for a project token. */
export function surveysResponse(token: string): { surveys: unknown[] } {
  if (token === POSTHOG_TOKENS.show) return { surveys: [npsSurvey(null)] };
  if (token === POSTHOG_TOKENS.none) return { surveys: [npsSurvey('https://example.invalid/never')] };
  return { surveys: [] };
}
