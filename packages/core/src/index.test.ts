import { expect, it } from 'vitest';
import * as core from './index';

it('exports exactly the public API', () => {
  expect(Object.keys(core).sort()).toEqual(['bucket', 'classify', 'isSampled', 'isScore']);
});
