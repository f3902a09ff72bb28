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
export interface Lease {
  /** Takes or extends the lease for `ms`; false while another owner holds an unexpired one. */
  acquire(ms: number): boolean;
  /** Gives the lease up if this owner holds it. */
  release(): void;
  /** When the other owner's lease ends, after a failed `acquire`. */
  heldUntil(): number;
}

/** A lease for `owner` in `storage`. */
export function createLease(storage: KeyValueStorage, owner: string, now: () => number): Lease {
  let heldUntil = 0;

  /** The unexpired, plausible lease in storage, if any. */
  function read(at: number): { owner: string; until: number } | undefined {
    let value: { owner?: unknown; until?: unknown } | null;
    try {
      value = JSON.parse(storage.getItem(LEASE_KEY) ?? 'null');
    } catch {
      return undefined;
    }
    const holder = value?.owner;
    const until = value?.until;
    if (typeof holder !== 'string' || typeof until !== 'number' || until <= at || until > at + MAX_LEASE_MS) {
      return undefined;
    }
    return { owner: holder, until };
  }

  return {
    acquire(ms) {
      const at = now();
      try {
        const held = read(at);
        if (held && held.owner !== owner) {
          heldUntil = held.until;
          return false;
        }
        storage.setItem(LEASE_KEY, JSON.stringify({ owner, until: at + Math.min(ms, MAX_LEASE_MS) }));
        // Read back: of two tabs writing at nearly the same time, the last write wins and the other tab backs off.
        const after = read(at);
        return !after || after.owner === owner;
      } catch {
        // Storage unusable: no other tab can coordinate through it either, so go ahead.
        return true;
      }
    },
    release() {
      try {
        if (read(now())?.owner === owner) storage.removeItem(LEASE_KEY);
      } catch {}
    },
    heldUntil: () => heldUntil,
  };
}
