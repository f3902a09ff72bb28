import type { KeyValueStorage, ResponseRecord } from '@npskit/core';
import { recordProblem } from './protocol';

/** A pending record and when this revision was queued (ms since the epoch). */
export interface OutboxEntry {
  record: ResponseRecord;
  at: number;
}

/** The storage key of the outbox, shared by every tab of the origin. */
export const OUTBOX_KEY = 'npskit:outbox';

/** The persisted queue of records not yet accepted: one entry per id, at its highest revision, oldest first. */
export interface Outbox {
  /** Pending entries, oldest first. */
  list(): OutboxEntry[];
  /**
   * Stores the record unless a higher revision of it is already pending; returns the entries evicted (oldest first)
   * to stay within `max`.
   */
  put(record: ResponseRecord, at: number, max: number): OutboxEntry[];
  /** Removes these records, unless a newer revision of one arrived meanwhile (that one must still go out). */
  remove(records: readonly ResponseRecord[]): void;
  /** Removes and returns the entries older than `ttlMs` (or dated implausibly far in the future). */
  expire(now: number, ttlMs: number): OutboxEntry[];
  /**
   * Takes another tab's write of the outbox (the `storage` event's new value) and puts back this instance's records
   * that the write lost; returns how many. Only a delivery or a drop takes a record out on purpose, and such a write
   * names what it took (`removed`); any other record of ours missing from it was overwritten by a tab that wrote
   * from a stale view (storage has no compare-and-set, and tabs see each other's writes late).
   */
  reconcile(raw: string | null): number;
}

/**
 * An outbox in `storage` under `npskit:outbox`.
 *
 * Every change re-reads storage, so tabs sharing it see each other's records. Storage is never trusted: an unreadable
 * or tampered value is discarded entry by entry, never thrown. When storage throws (disabled, quota), the entries it
 * could not take live on in memory (`volatile`) and are still delivered; removals it could not persist are remembered
 * (`gone`) so this instance does not send them again. The records this instance put are kept (`mine`) until a write
 * says they were delivered or dropped, so `reconcile` can restore what another tab's stale write lost.
 */
export function createOutbox(storage: KeyValueStorage): Outbox {
  let volatile = new Map<string, OutboxEntry>();
  const gone = new Map<string, number>();
  const mine = new Map<string, OutboxEntry>();
  let cache: { raw: string | null; entries: OutboxEntry[] } = { raw: null, entries: [] };

  /** Entries in storage; undefined when storage cannot be read. */
  function read(): OutboxEntry[] | undefined {
    let raw: string | null;
    try {
      raw = storage.getItem(OUTBOX_KEY);
    } catch {
      return undefined;
    }
    if (raw !== cache.raw) cache = { raw, entries: parseOutbox(raw).entries };
    return cache.entries;
  }

  function list(): OutboxEntry[] {
    const byId = new Map<string, OutboxEntry>();
    for (const entry of [...(read() ?? []), ...volatile.values()]) {
      const { id, revision } = entry.record;
      const known = byId.get(id);
      if ((gone.get(id) ?? 0) < revision && (!known || known.record.revision < revision)) byId.set(id, entry);
    }
    return [...byId.values()].sort((a, b) => a.at - b.at);
  }

  /** Forgets own records that left the outbox on purpose (delivered, dropped): `[id, revision]` pairs. */
  function settle(removed: readonly (readonly [string, number])[]): void {
    for (const [id, revision] of removed) {
      if ((mine.get(id)?.record.revision ?? Number.POSITIVE_INFINITY) <= revision) mine.delete(id);
    }
  }

  /** Writes the outbox; `removed` names what left it on purpose, so other tabs can tell that from a lost update. */
  function mutate(change: (entries: OutboxEntry[]) => OutboxEntry[], removed: [string, number][] = []): void {
    const next = change(list());
    settle(removed);
    const write = () => {
      // What left on purpose is written even when nothing is left, so other tabs hear of it (storage event) before the
      // key is cleared: a cleared key tells them nothing.
      if (next.length > 0 || removed.length > 0) {
        storage.setItem(
          OUTBOX_KEY,
          JSON.stringify(removed.length ? { v: 1, entries: next, removed } : { v: 1, entries: next }),
        );
      }
      if (next.length === 0) storage.removeItem(OUTBOX_KEY);
    };
    try {
      try {
        write();
      } catch (error) {
        // A full storage still lets an emptied outbox be cleared (removal needs no quota); other tabs then lose
        // only the note of what left it, and take the cleared key as no news.
        if (next.length > 0) throw error;
        storage.removeItem(OUTBOX_KEY);
      }
      // Storage now holds the whole truth again.
      volatile.clear();
      gone.clear();
    } catch {
      volatile = new Map(next.map((entry) => [entry.record.id, entry]));
    }
  }

  function remove(records: readonly ResponseRecord[]): void {
    const sent = new Map(records.map((record) => [record.id, record.revision]));
    for (const [id, revision] of sent) gone.set(id, Math.max(revision, gone.get(id) ?? 0));
    mutate(
      (entries) => entries.filter((entry) => !(entry.record.revision <= (sent.get(entry.record.id) ?? 0))),
      [...sent],
    );
  }

  function put(record: ResponseRecord, at: number, max: number): OutboxEntry[] {
    let evicted: OutboxEntry[] = [];
    // Filled by the change (mutate reads it after running the change): the evicted records left on purpose.
    const removed: [string, number][] = [];
    mutate((entries) => {
      const known = entries.find((entry) => entry.record.id === record.id);
      if (known && known.record.revision > record.revision) return entries;
      const next = entries.filter((entry) => entry !== known);
      next.push({ record, at });
      evicted = next.splice(0, Math.max(0, next.length - max));
      for (const entry of evicted) removed.push([entry.record.id, entry.record.revision]);
      if (!evicted.some((entry) => entry.record === record)) mine.set(record.id, { record, at });
      return next;
    }, removed);
    return evicted;
  }

  return {
    list,
    remove,
    put,
    expire(now, ttlMs) {
      const expired = list().filter((entry) => Math.abs(now - entry.at) > ttlMs);
      if (expired.length > 0) remove(expired.map((entry) => entry.record));
      return expired;
    },
    reconcile(raw) {
      // A cleared key (the visitor cleared site data, or an older version emptied it) says nothing: leave it.
      if (raw === null) return 0;
      const written = parseOutbox(raw);
      settle(written.removed);
      const there = new Map(written.entries.map((entry) => [entry.record.id, entry.record.revision]));
      const lost = [...mine.values()].filter((entry) => (there.get(entry.record.id) ?? 0) < entry.record.revision);
      // One write for all of them, and no cap: they were within it when put, and dropping them now would lose them
      // after all. A higher revision already in storage stays.
      if (lost.length > 0) {
        mutate((entries) => {
          const byId = new Map(entries.map((entry) => [entry.record.id, entry]));
          for (const entry of lost) {
            if ((byId.get(entry.record.id)?.record.revision ?? 0) < entry.record.revision)
              byId.set(entry.record.id, entry);
          }
          return [...byId.values()];
        });
      }
      return lost.length;
    },
  };
}

/** Parses a stored outbox: its well-formed entries and the well-formed `[id, revision]` pairs it says it removed. */
function parseOutbox(raw: string | null): { entries: OutboxEntry[]; removed: [string, number][] } {
  let value: unknown;
  try {
    value = raw === null ? null : JSON.parse(raw);
  } catch {
    return { entries: [], removed: [] };
  }
  if (typeof value !== 'object' || value === null) return { entries: [], removed: [] };
  const { v, entries, removed } = value as { v?: unknown; entries?: unknown; removed?: unknown };
  if (v !== 1 || !Array.isArray(entries)) return { entries: [], removed: [] };
  return {
    entries: entries.filter(
      (entry): entry is OutboxEntry =>
        typeof entry === 'object' &&
        entry !== null &&
        Number.isFinite(entry.at) &&
        recordProblem(entry.record) === undefined,
    ),
    removed: Array.isArray(removed)
      ? removed.filter(
          (pair): pair is [string, number] =>
            Array.isArray(pair) && typeof pair[0] === 'string' && Number.isFinite(pair[1]),
        )
      : [],
  };
}
