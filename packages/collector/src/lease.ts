import type { KeyValueStorage } from '@npskit/core';

/** The storage key of the cross-tab delivery lease. */
export const LEASE_KEY = 'npskit:outbox:lease';

// No honest lease is longer (a try + the longest honoured wait + margin); a longer one is tampered or from a skewed
// clock and must not block delivery for good.
const MAX_LEASE_MS = 10 * 60_000;

/**
 * A short, expiring claim in shared storage that lets only one tab at a time deliver the shared outbox.
 * Best effort by design: storage has no compare-and-set, so two tabs may rarely both win; the receiver's upsert by id
 * makes that harmless. What the lease prevents is the common case of every open tab sending the same records at once.
 */
export class Lease {
  readonly #storage: KeyValueStorage;
  readonly #owner: string;
  readonly #now: () => number;
  /** When the other owner's lease ends, after a failed `acquire`. */
  heldUntil = 0;

  constructor(storage: KeyValueStorage, owner: string, now: () => number) {
    this.#storage = storage;
    this.#owner = owner;
    this.#now = now;
  }

  /** Takes or extends the lease for `ms`; false while another owner holds an unexpired one. */
  acquire(ms: number): boolean {
    const now = this.#now();
    try {
      const held = this.#read(now);
      if (held && held.owner !== this.#owner) {
        this.heldUntil = held.until;
        return false;
      }
      this.#storage.setItem(LEASE_KEY, JSON.stringify({ owner: this.#owner, until: now + Math.min(ms, MAX_LEASE_MS) }));
      // Read back: of two tabs writing at nearly the same time, the last write wins and the other tab backs off.
      const after = this.#read(now);
      return !after || after.owner === this.#owner;
    } catch {
      // Storage unusable: no other tab can coordinate through it either, so go ahead.
      return true;
    }
  }

  /** Gives the lease up if this owner holds it. */
  release(): void {
    try {
      if (this.#read(this.#now())?.owner === this.#owner) this.#storage.removeItem(LEASE_KEY);
    } catch {}
  }

  /** The unexpired, plausible lease in storage, if any. */
  #read(now: number): { owner: string; until: number } | undefined {
    let value: { owner?: unknown; until?: unknown } | null;
    try {
      value = JSON.parse(this.#storage.getItem(LEASE_KEY) ?? 'null');
    } catch {
      return undefined;
    }
    const owner = value?.owner;
    const until = value?.until;
    if (typeof owner !== 'string' || typeof until !== 'number' || until <= now || until > now + MAX_LEASE_MS) {
      return undefined;
    }
    return { owner, until };
  }
}
