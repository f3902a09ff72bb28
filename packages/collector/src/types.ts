import type { KeyValueStorage, ResponseRecord } from '@npskit/core';

/** Why a record left the outbox without being accepted. Stable codes, safe to switch on. */
export type DropReason =
  | 'rejected' // the endpoint answered a permanent 4xx
  | 'invalid' // the record failed validation before sending
  | 'expired' // older than the outbox TTL
  | 'overflow' // the outbox was full; oldest records go first
  | 'too-large'; // a single record exceeds the batch byte cap (or the endpoint answered 413 to it alone)

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

/** How records are grouped into POST bodies. */
export interface BatchOptions {
  /**
   * Most records in one POST.
   * @default 50
   */
  maxRecords?: number;
  /**
   * Most bytes (UTF-8) in one POST body. Kept under 60 000 so the same chunks fit `sendBeacon` on unload
   * and the default 100 kB body limit of common server frameworks.
   * @default 60000
   */
  maxBytes?: number;
  /**
   * How long `send()` waits before delivering, so quick successive revisions of a record go out as one.
   * @default 1000
   */
  delayMs?: number;
}

/** Retry policy of one delivery round (exponential backoff with full jitter). */
export interface RetryOptions {
  /**
   * Tries per batch in one round, the first included. After that the records wait in the outbox for the next round
   * (the next `send()`, `flush()` or page load).
   * @default 5
   */
  attempts?: number;
  /**
   * Backoff before the second try; it doubles with each further try.
   * @default 500
   */
  baseMs?: number;
  /**
   * Longest backoff between two tries.
   * @default 30000
   */
  capMs?: number;
  /**
   * Full jitter: wait a random time in [0, backoff) so many clients do not retry in lockstep.
   * @default true
   */
  jitter?: boolean;
  /**
   * Longest wait honoured from a `Retry-After` header; a longer one is clamped to this.
   * @default 60000
   */
  maxRetryAfterMs?: number;
  /**
   * Longest time one round may spend on tries and waits; no wait starts that would end after it.
   * @default 120000
   */
  maxTotalMs?: number;
}

/** Limits of the persisted outbox. */
export interface OutboxOptions {
  /**
   * How long a pending record is kept (and replayed on later page loads) before it is dropped as `expired`.
   * @default 604800000 (7 days)
   */
  ttlMs?: number;
  /**
   * Most records kept; when full, the oldest are dropped as `overflow`.
   * @default 500
   */
  maxRecords?: number;
}

/** Options of `createCollector`. */
export interface CollectorOptions {
  /**
   * Absolute http(s) URL the batches are POSTed to.
   * @example 'https://example.com/api/nps'
   */
  endpoint: string;
  /**
   * Extra request headers, e.g. an auth token. Any header makes a cross-origin POST need a CORS preflight and rules out
   * `sendBeacon` on unload (keepalive fetch is used instead).
   * @default {}
   */
  headers?: Record<string, string>;
  /**
   * Body content type. `text/plain;charset=UTF-8` needs no CORS preflight and is what `sendBeacon` sends;
   * `application/json` triggers a preflight cross-origin and rules out `sendBeacon`.
   * @default 'text/plain;charset=UTF-8'
   */
  contentType?: 'text/plain;charset=UTF-8' | 'application/json';
  /** Batching limits. */
  batch?: BatchOptions;
  /** Retry policy. */
  retry?: RetryOptions;
  /**
   * Time limit of one HTTP try in ms (each retry gets its own).
   * @default 10000
   */
  timeout?: number;
  /**
   * Where the outbox and the cross-tab lease live.
   * @default browserStorage() (localStorage when it works, else memory)
   */
  storage?: KeyValueStorage;
  /** Outbox TTL and size cap. */
  outbox?: OutboxOptions;
  /**
   * The fetch implementation (tests, other runtimes).
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Clock in ms since the epoch.
   * @default Date.now
   */
  now?: () => number;
  /**
   * Timer used for the send delay, backoff and lease re-checks.
   * @default globalThis.setTimeout
   */
  setTimeout?: (callback: () => void, ms: number) => unknown;
  /**
   * Cancels a timer made by `setTimeout`.
   * @default globalThis.clearTimeout
   */
  clearTimeout?: (handle: unknown) => void;
  /**
   * Random source in [0, 1) for jitter.
   * @default Math.random
   */
  random?: () => number;
}

export type { KeyValueStorage };
