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
}

/**
 * An outbox in `storage` under `npskit:outbox`.
 *
 * Every change re-reads storage, so tabs sharing it see each other's records. Storage is never trusted: an unreadable
 * or tampered value is discarded entry by entry, never thrown. When storage throws (disabled, quota), the entries it
 * could not take live on in memory (`volatile`) and are still delivered; removals it could not persist are remembered
 * (`gone`) so this instance does not send them again.
 */
export function createOutbox(storage: KeyValueStorage): Outbox {
  let volatile = new Map<string, OutboxEntry>();
  const gone = new Map<string, number>();
  let cache: { raw: string | null; entries: OutboxEntry[] } = { raw: null, entries: [] };

  /** Entries in storage; undefined when storage cannot be read. */
  function read(): OutboxEntry[] | undefined {
    let raw: string | null;
    try {
      raw = storage.getItem(OUTBOX_KEY);
    } catch {
      return undefined;
    }
    if (raw !== cache.raw) cache = { raw, entries: parseEntries(raw) };
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

  function mutate(change: (entries: OutboxEntry[]) => OutboxEntry[]): void {
    const next = change(list());
    try {
      if (next.length === 0) storage.removeItem(OUTBOX_KEY);
      else storage.setItem(OUTBOX_KEY, JSON.stringify({ v: 1, entries: next }));
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
    mutate((entries) => entries.filter((entry) => !(entry.record.revision <= (sent.get(entry.record.id) ?? 0))));
  }

  return {
    list,
    remove,
    put(record, at, max) {
      let evicted: OutboxEntry[] = [];
      mutate((entries) => {
        const known = entries.find((entry) => entry.record.id === record.id);
        if (known && known.record.revision > record.revision) return entries;
        const next = entries.filter((entry) => entry !== known);
        next.push({ record, at });
        evicted = next.splice(0, Math.max(0, next.length - max));
        return next;
      });
      return evicted;
    },
    expire(now, ttlMs) {
      const expired = list().filter((entry) => Math.abs(now - entry.at) > ttlMs);
      if (expired.length > 0) remove(expired.map((entry) => entry.record));
      return expired;
    },
  };
}

/** Parses a stored outbox, keeping only well-formed entries. */
function parseEntries(raw: string | null): OutboxEntry[] {
  let value: unknown;
  try {
    value = raw === null ? null : JSON.parse(raw);
  } catch {
    return [];
  }
  if (typeof value !== 'object' || value === null) return [];
  const { v, entries } = value as { v?: unknown; entries?: unknown };
  if (v !== 1 || !Array.isArray(entries)) return [];
  return entries.filter(
    (entry): entry is OutboxEntry =>
      typeof entry === 'object' &&
      entry !== null &&
      Number.isFinite(entry.at) &&
      recordProblem(entry.record) === undefined,
  );
}
