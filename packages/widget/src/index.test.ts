import type { ResponseRecord } from '@npskit/core';
import { expect, expectTypeOf, it } from 'vitest';
import pkg from '../package.json';
import type { Survey, SurveyOptions } from './index';
import * as api from './index';
import { SDK } from './version';

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(['DEFAULT_REASONS', 'createSurvey']);
});

it('stamps records with the package version', () => {
  expect(SDK.version).toBe(pkg.version);
});

it('types listeners by event (checked by tsc)', () => {
  expectTypeOf<Parameters<Survey['on']>>().toBeArray();
  const survey = {} as Survey;
  expectTypeOf(survey.on<'score'>)
    .parameter(1)
    .toEqualTypeOf<(record: ResponseRecord) => void>();
  expectTypeOf(survey.on<'delivered'>)
    .parameter(1)
    .toEqualTypeOf<(records: ResponseRecord[]) => void>();
  expectTypeOf(survey.on<'error'>)
    .parameter(1)
    .toEqualTypeOf<(error: Error) => void>();
  expectTypeOf<SurveyOptions['position']>().toEqualTypeOf<
    'bottom-right' | 'bottom-left' | 'bar' | 'modal' | 'inline' | undefined
  >();
  // A message override may replace one follow-up without restating the others.
  expectTypeOf<{ followUp: { detractor: string } }>().toMatchTypeOf<NonNullable<SurveyOptions['messages']>[string]>();
});
