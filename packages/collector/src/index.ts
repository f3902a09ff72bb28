export type { Collector, CollectorEvents, DroppedEvent, DropReason } from './types';
