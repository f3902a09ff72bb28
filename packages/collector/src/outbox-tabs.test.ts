import type { KeyValueStorage } from '@npskit/core';
import { describe, expect, it } from 'vitest';
import { makeRecord } from '../test/records';
import { createOutbox, OUTBOX_KEY } from './outbox';
import { memoryStorage } from './storage';

/**
 * Two tabs over one origin's storage, each with its own, late view of it: what Chromium does (a tab sees another's
 * writes some milliseconds later). `hear(tab)` brings a tab's view up to date and replays, in order, the storage
 * events it would get for the other tab's writes since (the new value of each), returning how many records its
 * outbox put back.
 */
function twoTabs() {
  const shared = memoryStorage();
  const writes: { by: string; value: string | null }[] = [];
  const view = (name: string) => {
    let local = shared.getItem(OUTBOX_KEY);
    let heard = 0;
    const storage: KeyValueStorage = {
      getItem: (key) => (key === OUTBOX_KEY ? local : shared.getItem(key)),
      setItem(key, value) {
        if (key === OUTBOX_KEY) {
          local = value;
          writes.push({ by: name, value });
        }
        shared.setItem(key, value);
      },
      removeItem(key) {
        if (key === OUTBOX_KEY) {
          local = null;
          writes.push({ by: name, value: null });
        }
        shared.removeItem(key);
      },
    };
    const outbox = createOutbox(storage);
    return {
      outbox,
      /** Sees the other tab's writes so far, and has had their events (nothing to put back then). */
      sync() {
        local = shared.getItem(OUTBOX_KEY);
        heard = writes.length;
      },
      hear() {
        local = shared.getItem(OUTBOX_KEY);
        let restored = 0;
        for (const write of writes.slice(heard)) if (write.by !== name) restored += outbox.reconcile(write.value);
        heard = writes.length;
        return restored;
      },
    };
  };
  return { shared, a: view('a'), b: view('b') };
}

const ids = (storage: KeyValueStorage) =>
  (JSON.parse(storage.getItem(OUTBOX_KEY) ?? '{"entries":[]}') as { entries: { record: { id: string } }[] }).entries
    .map((entry) => entry.record.id)
    .sort();

describe('an outbox shared by tabs that see each other late', () => {
  it("puts back its records that another tab's stale write overwrote", () => {
    const { shared, a: tabA, b: tabB } = twoTabs();
    tabA.outbox.put(makeRecord('a1'), 1, 500);
    tabB.sync();
    tabA.outbox.put(makeRecord('a2'), 2, 500);
    tabA.outbox.put(makeRecord('a3'), 3, 500);
    // Tab B has not seen a2 and a3 yet: its write drops them.
    tabB.outbox.put(makeRecord('b1'), 4, 500);
    expect(ids(shared)).toEqual(['a1', 'b1']);
    // Tab A hears of B's write (the storage event) and puts back what it lost.
    expect(tabA.hear()).toBe(2);
    expect(ids(shared)).toEqual(['a1', 'a2', 'a3', 'b1']);
    // Tab B now hears A's earlier writes, which lacked b1: it puts b1 back (harmless, it was there), and the two
    // settle: another exchange of events changes nothing.
    tabB.hear();
    tabA.hear();
    expect(tabB.hear() + tabA.hear()).toBe(0);
    expect(ids(shared)).toEqual(['a1', 'a2', 'a3', 'b1']);
  });

  it('does not put back what another tab delivered, and does put back what that write lost', () => {
    const { shared, a: tabA, b: tabB } = twoTabs();
    const a1 = makeRecord('a1');
    tabA.outbox.put(a1, 1, 500);
    tabB.sync();
    tabA.outbox.put(makeRecord('a2'), 2, 500);
    // Tab B delivered a1 (it saw only a1) and removes it: its write also drops a2, which it never saw.
    tabB.outbox.remove([a1]);
    expect(ids(shared)).toEqual([]);
    expect(tabA.hear()).toBe(1);
    expect(ids(shared)).toEqual(['a2']);
  });

  it('forgets a record once a write says it left on purpose, and does not bring it back later', () => {
    const { shared, a: tabA, b: tabB } = twoTabs();
    tabA.outbox.put(makeRecord('a1'), 1, 500);
    tabB.sync();
    tabB.outbox.remove([makeRecord('a1')]);
    expect(tabA.hear()).toBe(0);
    // Later unrelated writes do not bring it back either.
    tabB.outbox.put(makeRecord('b1'), 2, 500);
    expect(tabA.hear()).toBe(0);
    expect(ids(shared)).toEqual(['b1']);
  });

  it('ignores a cleared outbox and a tampered removed list', () => {
    const { shared, a: tabA } = twoTabs();
    tabA.outbox.put(makeRecord('a1'), 1, 500);
    expect(tabA.outbox.reconcile(null)).toBe(0);
    const tampered = JSON.stringify({ v: 1, entries: [], removed: [['a1', 'x'], 'a1', null] });
    shared.setItem(OUTBOX_KEY, tampered);
    tabA.sync();
    expect(tabA.outbox.reconcile(tampered)).toBe(1);
    expect(ids(shared)).toEqual(['a1']);
  });
});
