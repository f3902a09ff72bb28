import type { ResponseRecord } from '@npskit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fullStorage, throwingStorage, virtualTime, waitFor } from '../test/helpers';
import { postedIds, type Receiver, startReceiver } from '../test/receiver';
import { makeRecord } from '../test/records';
import { createCollector } from './client';
import { LEASE_KEY } from './lease';
import { OUTBOX_KEY } from './outbox';
import { memoryStorage } from './storage';
import type { CollectorOptions, DroppedEvent } from './types';

let receiver: Receiver;
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(async () => {
  await receiver.close();
});

function collector(options: Partial<CollectorOptions>) {
  const client = createCollector({
    endpoint: receiver.url,
    batch: { delayMs: 0 },
    retry: { baseMs: 1, capMs: 5 },
    timeout: 500,
    ...options,
  });
  const dropped: DroppedEvent[] = [];
  client.on('dropped', (event) => dropped.push(event));
  return { client, dropped };
}

/** A window stand-in on the global object, where the collector listens for `storage` events (undo: vi.unstubAllGlobals). */
function windowStandIn() {
  const page = new EventTarget();
  vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
  vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page));
  return {
    /** What the browser does in this tab when another tab writes `key`. */
    storageEvent(key: string, newValue: string | null) {
      page.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
    },
  };
}

function storedOutbox(entries: { record: ResponseRecord; at: number }[]): string {
  return JSON.stringify({ v: 1, entries });
}

describe('storage failures', () => {
  it('delivers from memory when every storage call throws', async () => {
    const storage = throwingStorage();
    const { client } = collector({ storage });
    client.send(makeRecord('a'));
    client.send(makeRecord('a', 2));
    client.send(makeRecord('b'));
    expect(client.pending()).toBe(2);
    await client.flush();
    expect(storage.calls).toBeGreaterThan(0);
    expect(receiver.records.get('a')?.revision).toBe(2);
    expect(receiver.records.has('b')).toBe(true);
    expect(client.pending()).toBe(0);
  });

  it('delivers when storage is full (QuotaExceededError), old stored records included, and sends each once', async () => {
    const storage = fullStorage({ [OUTBOX_KEY]: storedOutbox([{ record: makeRecord('old'), at: Date.now() }]) });
    const { client } = collector({ storage });
    client.send(makeRecord('new'));
    expect(client.pending()).toBe(2);
    await client.flush();
    await client.flush();
    expect([...receiver.records.keys()].sort()).toEqual(['new', 'old']);
    expect(postedIds(receiver).sort()).toEqual(['new', 'old']);
    // Removal needs no quota: the delivered record leaves storage too.
    expect(storage.data.has(OUTBOX_KEY)).toBe(false);
    expect(client.pending()).toBe(0);
  });

  it('discards corrupted or tampered outbox entries without crashing and delivers the sound ones', async () => {
    for (const raw of ['{not json', 'null', '42', '"text"', '{"v":2,"entries":[]}', '{"v":1,"entries":{}}']) {
      const storage = memoryStorage();
      storage.setItem(OUTBOX_KEY, raw);
      const { client } = collector({ storage });
      expect(client.pending()).toBe(0);
      client.send(makeRecord('fresh'));
      expect(client.pending()).toBe(1);
      client.dispose();
    }
    const storage = memoryStorage();
    storage.setItem(
      OUTBOX_KEY,
      JSON.stringify({
        v: 1,
        entries: [
          { record: makeRecord('good'), at: Date.now() },
          { record: { ...makeRecord('bad-revision'), revision: '2' }, at: Date.now() },
          { record: { ...makeRecord('x'), id: '' }, at: Date.now() },
          { record: makeRecord('no-time') },
          null,
          'entry',
          { at: Date.now() },
        ],
      }),
    );
    const { client } = collector({ storage });
    expect(client.pending()).toBe(1);
    await client.flush();
    expect([...receiver.records.keys()]).toEqual(['good']);
  });
});

describe('tabs', () => {
  it('lets only one of two tabs on one storage send the shared outbox at a time', async () => {
    receiver.answer = () => ({ status: 200, delayMs: 50 });
    const storage = memoryStorage();
    const tabA = collector({ storage });
    const tabB = collector({ storage });
    for (let i = 0; i < 5; i++) tabA.client.send(makeRecord(`a${i}`));
    for (let i = 0; i < 5; i++) tabB.client.send(makeRecord(`b${i}`));
    expect(tabA.client.pending()).toBe(10);
    await Promise.all([tabA.client.flush(), tabB.client.flush()]);
    await waitFor(() => tabB.client.pending() === 0);
    const ids = postedIds(receiver);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    // Tab B delivers what it sends later on its own.
    tabB.client.send(makeRecord('b5'));
    await waitFor(() => receiver.records.has('b5'));
    // The lease is given back when a round ends.
    await waitFor(() => storage.getItem(LEASE_KEY) === null);
    expect(postedIds(receiver)).toHaveLength(11);
    tabA.client.dispose();
    tabB.client.dispose();
  });

  it('takes over when the tab holding the lease went away, once the lease expires', async () => {
    const storage = memoryStorage();
    storage.setItem(LEASE_KEY, JSON.stringify({ owner: 'closed-tab', until: Date.now() + 300 }));
    const { client } = collector({ storage });
    client.send(makeRecord('a'));
    await client.flush();
    expect(receiver.requests).toHaveLength(0);
    await waitFor(() => receiver.records.has('a'), 3000);
    client.dispose();
  });

  it('goes as soon as the other tab gives the lease up (storage event), not when its lease would run out', async () => {
    const page = windowStandIn();
    try {
      const storage = memoryStorage();
      storage.setItem(LEASE_KEY, JSON.stringify({ owner: 'other-tab', until: Date.now() + 60_000 }));
      const { client } = collector({ storage });
      client.send(makeRecord('a'));
      await client.flush();
      expect(receiver.requests).toHaveLength(0);
      // The other tab's round ends: it removes the lease, and the browser tells this tab.
      storage.removeItem(LEASE_KEY);
      page.storageEvent(LEASE_KEY, null);
      await waitFor(() => receiver.records.has('a'), 2000);
      client.dispose();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("puts back and delivers its records when another tab's stale write dropped them (storage event)", async () => {
    const page = windowStandIn();
    try {
      const storage = memoryStorage();
      const { client } = collector({ storage, batch: { delayMs: 60_000 } });
      client.send(makeRecord('a1'));
      client.send(makeRecord('a2'));
      // Another tab, which had not seen a2 yet, writes the outbox from its view: a1 and its own b1.
      const stale = storedOutbox([
        { record: makeRecord('a1'), at: Date.now() },
        { record: makeRecord('b1'), at: Date.now() },
      ]);
      storage.setItem(OUTBOX_KEY, stale);
      expect(client.pending()).toBe(2);
      page.storageEvent(OUTBOX_KEY, stale);
      expect(client.pending()).toBe(3);
      await client.flush();
      expect([...receiver.records.keys()].sort()).toEqual(['a1', 'a2', 'b1']);
      client.dispose();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('ignores a tampered lease that claims to last for years', async () => {
    const storage = memoryStorage();
    storage.setItem(LEASE_KEY, JSON.stringify({ owner: 'evil', until: Date.now() + 1e12 }));
    const { client } = collector({ storage });
    client.send(makeRecord('a'));
    await client.flush();
    expect(receiver.records.has('a')).toBe(true);
  });
});

describe('outbox limits', () => {
  it('drops records older than the TTL on a later page load, without sending them', async () => {
    const time = virtualTime();
    const storage = memoryStorage();
    const day = 24 * 3600 * 1000;
    storage.setItem(
      OUTBOX_KEY,
      storedOutbox([
        { record: makeRecord('stale'), at: time.now() - 8 * day },
        { record: makeRecord('recent'), at: time.now() - 6 * day },
      ]),
    );
    const { client, dropped } = collector({ storage, ...time });
    await client.flush();
    expect(dropped.map((event) => [event.record.id, event.reason])).toEqual([['stale', 'expired']]);
    expect(postedIds(receiver)).toEqual(['recent']);
  });

  it('honours outbox.ttlMs', async () => {
    const time = virtualTime();
    receiver.answer = () => ({ status: 503 });
    const storage = memoryStorage();
    const first = collector({ storage, ...time, retry: { attempts: 1 }, outbox: { ttlMs: 60_000 } });
    first.client.send(makeRecord('a'));
    await first.client.flush();
    first.client.dispose();
    time.advance(61_000);
    receiver.answer = () => ({ status: 200 });
    const second = collector({ storage, ...time, outbox: { ttlMs: 60_000 } });
    await second.client.flush();
    expect(second.dropped.map((event) => event.reason)).toEqual(['expired']);
    expect(receiver.records.size).toBe(0);
  });

  it('drops the oldest records first when the outbox is full, and reports them', async () => {
    const time = virtualTime();
    const { client, dropped } = collector({ ...time, storage: memoryStorage(), outbox: { maxRecords: 3 } });
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      client.send(makeRecord(id));
      time.advance(1000);
    }
    client.send(makeRecord('c', 2));
    expect(dropped.map((event) => [event.record.id, event.reason])).toEqual([
      ['a', 'overflow'],
      ['b', 'overflow'],
    ]);
    expect(client.pending()).toBe(3);
    await client.flush();
    expect([...receiver.records.keys()].sort()).toEqual(['c', 'd', 'e']);
  });
});
