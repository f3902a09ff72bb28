import { expect, it } from 'vitest';
import * as core from './index';

it('exports exactly the public API', () => {
  expect(Object.keys(core).sort()).toEqual([
    'DEFAULT_RECONTACT_RULES',
    'RECORD_LIMITS',
    'addScore',
    'bucket',
    'classify',
    'compare',
    'createTally',
    'decide',
    'emptyHistory',
    'groupBy',
    'isSampled',
    'isScore',
    'mergeTallies',
    'murmur3',
    'parseBatch',
    'parseRecord',
    'recordAnswered',
    'recordDismissed',
    'recordShown',
    'responseRate',
    'restoreHistory',
    'sampleSizeForChange',
    'sampleSizeForMargin',
    'summarize',
    'trend',
  ]);
});
