export { createCollector } from './client';
export { CollectorError, type CollectorErrorCode, isCollectorError } from './errors';
export { LEASE_KEY } from './lease';
export { OUTBOX_KEY } from './outbox';
export { PROTOCOL_VERSION } from './protocol';
export { browserStorage, memoryStorage } from './storage';
export type {
  BatchOptions,
  Collector,
  CollectorEvents,
  CollectorOptions,
  DroppedEvent,
  DropReason,
  KeyValueStorage,
  OutboxOptions,
  RetryOptions,
} from './types';
