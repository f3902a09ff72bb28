import { expect, it } from 'vitest';
import pkg from '../package.json';
import * as api from './index';
import { SDK } from './version';

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(['DEFAULT_REASONS', 'createSurvey']);
});

it('stamps records with the package version', () => {
  expect(SDK.version).toBe(pkg.version);
});
