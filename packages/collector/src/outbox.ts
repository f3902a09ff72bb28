import type { KeyValueStorage, ResponseRecord } from '@npskit/core';
import { recordProblem } from './protocol';

/** A pending record and when this revision was queued (ms since the epoch). */
export interface OutboxEntry {
  record: ResponseRecord;
  at: number;
}

/** The storage key of the outbox, shared by every tab of the origin. */
export const OUTBOX_KEY = 'npskit:outbox';

/**
 * The persisted queue of records not yet accepted: one entry per id, at its highest revision, oldest first.
 *
 * Every change re-reads storage, so tabs sharing it see each other's records. Storage is never trusted: an unreadable
 * or tampered value is discarded entry by entry, never thrown. When storage throws (disabled, quota), the entries it
 * could not take live on in memory (`volatile`) and are still delivered; removals it could not persist are remembered
 * (`gone`) so they are not sent again by this instance.
 */
export class Outbox {
  readonly #storage: KeyValueStorage;
  #volatile = new Map<string, OutboxEntry>();
  #gone = new Map<string, number>();
  #cache: { raw: string | null; entries: OutboxEntry[] } = { raw: null, entries: [] };

  constructor(storage: KeyValueStorage) {
    this.#storage = storage;
  }

  /** Pending entries, oldest first. */
  list(): OutboxEntry[] {
    const byId = new Map<string, OutboxEntry>();
    for (const entry of [...(this.#read() ?? []), ...this.#volatile.values()]) {
      const { id, revision } = entry.record;
      const known = byId.get(id);
      if ((this.#gone.get(id) ?? 0) < revision && (!known || known.record.revision < revision)) byId.set(id, entry);
    }
    return [...byId.values()].sort((a, b) => a.at - b.at);
  }

  /**
   * Stores the record unless a higher revision of it is already pending; returns the entries evicted (oldest first)
   * to stay within `max`.
   */
  put(record: ResponseRecord, at: number, max: number): OutboxEntry[] {
    let evicted: OutboxEntry[] = [];
    this.#mutate((entries) => {
      const known = entries.find((entry) => entry.record.id === record.id);
      if (known && known.record.revision > record.revision) return entries;
      const next = entries.filter((entry) => entry !== known);
      next.push({ record, at });
      evicted = next.splice(0, Math.max(0, next.length - max));
      return next;
    });
    return evicted;
  }

  /** Removes these records, unless a newer revision of one arrived meanwhile (that one must still go out). */
  remove(records: readonly ResponseRecord[]): void {
    const sent = new Map(records.map((record) => [record.id, record.revision]));
    for (const [id, revision] of sent) this.#gone.set(id, Math.max(revision, this.#gone.get(id) ?? 0));
    this.#mutate((entries) => entries.filter((entry) => !(entry.record.revision <= (sent.get(entry.record.id) ?? 0))));
  }

  /** Removes and returns the entries older than `ttlMs` (or dated implausibly far in the future). */
  expire(now: number, ttlMs: number): OutboxEntry[] {
    const expired = this.list().filter((entry) => Math.abs(now - entry.at) > ttlMs);
    if (expired.length > 0) this.remove(expired.map((entry) => entry.record));
    return expired;
  }

  #mutate(change: (entries: OutboxEntry[]) => OutboxEntry[]): void {
    const next = change(this.list());
    try {
      if (next.length === 0) this.#storage.removeItem(OUTBOX_KEY);
      else this.#storage.setItem(OUTBOX_KEY, JSON.stringify({ v: 1, entries: next }));
      // Storage now holds the whole truth again.
      this.#volatile.clear();
      this.#gone.clear();
    } catch {
      this.#volatile = new Map(next.map((entry) => [entry.record.id, entry]));
    }
  }

  /** Entries in storage; undefined when storage cannot be read. */
  #read(): OutboxEntry[] | undefined {
    let raw: string | null;
    try {
      raw = this.#storage.getItem(OUTBOX_KEY);
    } catch {
      return undefined;
    }
    if (raw !== this.#cache.raw) this.#cache = { raw, entries: parseEntries(raw) };
    return this.#cache.entries;
  }
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
