import type { ResponseRecord } from '@npskit/core';
import { backoffDelay } from './backoff';
import { createLease, LEASE_KEY } from './lease';
import { resolveOptions } from './options';
import { createOutbox, OUTBOX_KEY } from './outbox';
import { type Encoded, encodeBatch, encodeRecord, planBatches, recordProblem } from './protocol';
import { createTransport } from './transport';
import type { Collector, CollectorEvents, CollectorOptions, DropReason } from './types';
import { sendOnUnload, type UnloadState, watchUnload } from './unload';

// Lease slack beyond the try itself: covers the storage writes and timer lateness around a try.
const LEASE_SLACK_MS = 5000;

/**
 * Creates a collector: every `send()` is written to the persisted outbox first, then delivered in rounds (batches,
 * retries with backoff, 413 splitting) by one tab at a time; what a round cannot deliver waits for the next round or
 * page load, up to the outbox TTL.
 * @throws {CollectorError} `invalid-option`, naming the option, when the options are wrong.
 * @example
 * const collector = createCollector({ endpoint: 'https://example.com/api/nps' });
 * collector.on('dropped', ({ record, reason }) => console.warn(record.id, reason));
 * collector.send(record);
 */
export function createCollector(options: CollectorOptions): Collector {
  const o = resolveOptions(options);
  const outbox = createOutbox(o.storage);
  const owner = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
  const lease = createLease(o.storage, owner, o.now);
  const post = createTransport(o);
  const listeners: { [E in keyof CollectorEvents]: Set<CollectorEvents[E]> } = {
    delivered: new Set(),
    dropped: new Set(),
  };
  const sleeps = new Set<() => void>();
  const abort = new AbortController();
  let disposed = false;
  let timer: { handle: unknown; at: number } | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let unload: UnloadState = { bytes: 0, sent: new Map() };

  function delivered(records: ResponseRecord[]): void {
    for (const listener of [...listeners.delivered]) {
      try {
        listener(records);
      } catch {}
    }
  }

  function drop(records: readonly ResponseRecord[], reason: DropReason, detail?: string): void {
    for (const record of records) {
      for (const listener of [...listeners.dropped]) {
        try {
          listener(detail === undefined ? { record, reason } : { record, reason, detail });
        } catch {}
      }
    }
  }

  /** Runs `flush` in `ms`, unless an earlier run is already scheduled. */
  function schedule(ms: number): void {
    const at = o.now() + ms;
    if (disposed || (timer && timer.at <= at)) return;
    if (timer) o.clearTimeout(timer.handle);
    timer = { at, handle: o.setTimeout(() => void flush(), ms) };
  }

  /** Waits `ms` on the injected timers; false when dispose() cut the wait short. */
  function sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const wake = (done: boolean) => {
        sleeps.delete(stop);
        o.clearTimeout(handle);
        resolve(done);
      };
      const stop = () => wake(false);
      const handle = o.setTimeout(() => wake(true), ms);
      sleeps.add(stop);
    });
  }

  /** Tries one batch up to `retry.attempts` times; 'split' asks the caller to send it in halves. */
  async function deliver(batch: Encoded[], start: number): Promise<'done' | 'split' | 'stop'> {
    const records = batch.map((item) => item.record);
    for (let attempt = 1; ; attempt++) {
      if (disposed || !lease.acquire(o.timeout + LEASE_SLACK_MS)) return 'stop';
      const outcome = await post(encodeBatch(batch, new Date(o.now()).toISOString()), abort.signal);
      if (outcome.meaning === 'accepted') {
        outbox.remove(records);
        delivered(records);
        return 'done';
      }
      if (outcome.meaning === 'split' && batch.length > 1) return 'split';
      if (outcome.meaning !== 'retry') {
        outbox.remove(records);
        drop(records, outcome.meaning === 'split' ? 'too-large' : 'rejected', outcome.error.message);
        return 'done';
      }
      if (disposed || attempt >= o.attempts) return 'stop';
      const wait =
        outcome.retryAfterMs === undefined
          ? backoffDelay(attempt, o, o.random)
          : Math.min(outcome.retryAfterMs, o.maxRetryAfterMs);
      if (o.now() + wait - start > o.maxTotalMs) return 'stop';
      if (!lease.acquire(wait + o.timeout + LEASE_SLACK_MS) || !(await sleep(wait))) return 'stop';
    }
  }

  /** One delivery round over the whole outbox; false when it stopped with records left for later. */
  async function round(): Promise<boolean> {
    if (outbox.list().length === 0) return true;
    if (!lease.acquire(o.timeout + LEASE_SLACK_MS)) {
      // Another tab is delivering; look again when its lease runs out, in case that tab went away.
      schedule(Math.max(0, lease.heldUntil() - o.now()) + 50);
      return false;
    }
    try {
      const start = o.now();
      drop(
        outbox.expire(start, o.ttlMs).map((entry) => entry.record),
        'expired',
      );
      const items: Encoded[] = [];
      for (const { record } of outbox.list()) {
        const item = encodeRecord(record);
        if (item) items.push(item);
      }
      const { batches, tooLarge } = planBatches(items, o.maxRecords, o.maxBytes);
      const big = tooLarge.map((item) => item.record);
      outbox.remove(big);
      drop(big, 'too-large', `larger than batch.maxBytes (${o.maxBytes} bytes)`);
      for (let batch = batches.shift(); batch; batch = batches.shift()) {
        const result = await deliver(batch, start);
        if (result === 'stop') return false;
        if (result === 'split') {
          const half = Math.ceil(batch.length / 2);
          batches.unshift(batch.slice(0, half), batch.slice(half));
        }
      }
      return true;
    } finally {
      lease.release();
    }
  }

  function flush(): Promise<void> {
    if (timer) o.clearTimeout(timer.handle);
    timer = undefined;
    if (disposed) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let finished = true;
      do {
        again = false;
        finished = await round().catch(() => false);
        // A round that gave up leaves newer records for the next send(), flush() or page load: no hammering.
      } while (again && finished && !disposed);
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  const stopWatching = watchUnload(
    (leaving) => {
      if (disposed) return;
      const records = outbox.list().map((entry) => entry.record);
      sendOnUnload(records, o, unload);
      // The next page (a reload, another tab) must not wait for this page's lease to run out. A page restored from the
      // back/forward cache takes the lease again before its next try.
      if (leaving) lease.release();
    },
    () => {
      unload = { bytes: 0, sent: new Map() };
    },
  );

  // Another tab gave the lease up (its round ended, or it was left): what waits here goes now, not when that lease
  // would have run out (timeout + 5 s). Browsers tell other tabs of localStorage changes only; elsewhere a no-op.
  // Another tab wrote the outbox: what its write lost of this tab's records (it wrote from a stale view) is put back.
  const onStorage = (event: Event) => {
    const { key, newValue } = event as StorageEvent;
    if (key === LEASE_KEY && newValue === null && outbox.list().length > 0) schedule(0);
    if (key === OUTBOX_KEY && outbox.reconcile(newValue) > 0) schedule(o.delayMs);
  };
  globalThis.addEventListener?.('storage', onStorage);

  if (outbox.list().length > 0) schedule(o.delayMs);

  return {
    send(record) {
      const problem = recordProblem(record);
      const item = problem === undefined ? encodeRecord(record) : undefined;
      if (!item) {
        drop([record], 'invalid', problem ?? 'record is not serialisable to JSON');
        return;
      }
      if (planBatches([item], 1, o.maxBytes).tooLarge.length > 0) {
        drop([record], 'too-large', `${item.bytes} bytes, larger than batch.maxBytes (${o.maxBytes} bytes)`);
        return;
      }
      // A copy: the caller may go on changing its object, and the outbox must hold what was sent.
      const evicted = outbox.put(JSON.parse(item.json), o.now(), o.outboxMax);
      drop(
        evicted.map((entry) => entry.record),
        'overflow',
        `the outbox holds at most ${o.outboxMax} records`,
      );
      schedule(o.delayMs);
    },
    flush,
    pending: () => outbox.list().length,
    on(event, listener) {
      const set = listeners[event] as Set<typeof listener>;
      set.add(listener);
      return () => set.delete(listener);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      if (timer) o.clearTimeout(timer.handle);
      timer = undefined;
      stopWatching();
      globalThis.removeEventListener?.('storage', onStorage);
      for (const stop of [...sleeps]) stop();
      abort.abort();
      lease.release();
    },
  };
}
