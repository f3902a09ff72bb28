import { expect, it } from 'vitest';
import * as core from './index';

it('exports exactly the public API', () => {
  expect(Object.keys(core).sort()).toEqual([
    'DEFAULT_RECONTACT_RULES',
    'RECORD_LIMITS',
    'bucket',
    'classify',
    'decide',
    'emptyHistory',
    'isSampled',
    'isScore',
    'parseBatch',
    'parseRecord',
    'recordAnswered',
    'recordDismissed',
    'recordShown',
    'restoreHistory',
  ]);
});
