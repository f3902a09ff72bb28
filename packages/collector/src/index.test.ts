import { expect, it } from 'vitest';
import * as api from './index';

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'CollectorError',
    'LEASE_KEY',
    'OUTBOX_KEY',
    'PROTOCOL_VERSION',
    'browserStorage',
    'createCollector',
    'isCollectorError',
    'memoryStorage',
  ]);
  expect(api.OUTBOX_KEY).toBe('npskit:outbox');
  expect(api.LEASE_KEY).toBe('npskit:outbox:lease');
  expect(api.PROTOCOL_VERSION).toBe(1);
});
