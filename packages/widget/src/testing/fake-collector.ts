import type { Collector, CollectorEvents } from '@npskit/collector';
import type { ResponseRecord } from '@npskit/core';

/** A Collector for tests: records every `send`, and lets a test fire `delivered`/`dropped`. */
export function fakeCollector() {
  const sent: ResponseRecord[] = [];
  const listeners: { [E in keyof CollectorEvents]: Set<CollectorEvents[E]> } = {
    delivered: new Set(),
    dropped: new Set(),
  };
  const collector: Collector = {
    send: (record) => {
      sent.push(structuredClone(record));
    },
    flush: async () => {},
    pending: () => 0,
    on(event, listener) {
      (listeners[event] as Set<typeof listener>).add(listener);
      return () => {
        (listeners[event] as Set<typeof listener>).delete(listener);
      };
    },
    dispose: () => {},
  };
  return {
    collector,
    sent,
    last: () => sent[sent.length - 1],
    deliver: (records: ResponseRecord[]) => {
      for (const fn of listeners.delivered) fn(records);
    },
    listenerCount: () => listeners.delivered.size + listeners.dropped.size,
  };
}
