import { expect, it } from 'vitest';
import { chooseSurvey, rankSurveys } from './survey-choice';

it('chooses by priority, then by id, the same whatever the input order', () => {
  const surveys = [
    { id: 'website-nps' },
    { id: 'post-purchase', priority: 10 },
    { id: 'app-nps', priority: 10 },
    { id: 'b', priority: -1 },
    { id: 'Z' },
  ];
  const order = ['app-nps', 'post-purchase', 'Z', 'website-nps', 'b'];
  expect(rankSurveys(surveys).map((s) => s.id)).toEqual(order);
  expect(rankSurveys([...surveys].reverse()).map((s) => s.id)).toEqual(order);
  expect(chooseSurvey(surveys)?.id).toBe('app-nps');
  expect(chooseSurvey([])).toBeUndefined();
  expect(surveys[0]?.id).toBe('website-nps');
});
