import type { KeyValueStorage, ResponseRecord } from '@npskit/core';

/** Why a record left the outbox without being accepted. Stable codes, safe to switch on. */
export type DropReason =
  | 'rejected' // the endpoint answered a permanent 4xx
  | 'invalid' // the record failed validation before sending
  | 'expired' // older than the outbox TTL
  | 'overflow' // the outbox was full; oldest records go first
  | 'too-large'; // a single record exceeds the batch byte cap

/** What a `dropped` listener receives. */
export interface DroppedEvent {
  record: ResponseRecord;
  reason: DropReason;
  /** Human-readable detail, e.g. the HTTP status and response text. */
  detail?: string;
}

/** Events a collector emits. */
export interface CollectorEvents {
  /** Records the endpoint accepted (2xx). */
  delivered: (records: ResponseRecord[]) => void;
  /** A record that will never be delivered, with the reason. */
  dropped: (event: DroppedEvent) => void;
}

/** Delivers response records to an endpoint. The widget depends on this interface only. */
export interface Collector {
  /** Persists the record in the outbox (replacing an older revision of the same id) and schedules delivery. Never throws for a valid record. */
  send(record: ResponseRecord): void;
  /** Tries to deliver everything pending now; resolves when this attempt round ends (never rejects). */
  flush(): Promise<void>;
  /** How many records are waiting in the outbox. */
  pending(): number;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends keyof CollectorEvents>(event: E, listener: CollectorEvents[E]): () => void;
  /** Stops timers and unload listeners; pending records stay in storage for the next page load. */
  dispose(): void;
}

export type { KeyValueStorage };
