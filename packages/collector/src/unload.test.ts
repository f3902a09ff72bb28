import type { Batch } from '@npskit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '../test/helpers';
import { fakePage } from '../test/page';
import { type Receiver, startReceiver } from '../test/receiver';
import { makeRecord } from '../test/records';
import { createCollector } from './client';
import { LEASE_KEY } from './lease';
import { memoryStorage } from './storage';
import type { CollectorOptions } from './types';
import { BEACON_CHUNK_BYTES, UNLOAD_BUDGET_BYTES } from './unload';

let receiver: Receiver;
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await receiver.close();
});

// A long send delay, so only the unload path can send.
const idle = (options: Partial<CollectorOptions> = {}) =>
  createCollector({ endpoint: receiver.url, storage: memoryStorage(), batch: { delayMs: 60_000 }, ...options });

describe('unload', () => {
  it('beacons pending records on visibilitychange → hidden, keeps them in the outbox, and does not repeat on pagehide', async () => {
    const page = fakePage();
    const client = idle();
    client.send(makeRecord('a'));
    client.send(makeRecord('b', 2));
    page.hide();
    page.pagehide();
    expect(page.beacons).toHaveLength(1);
    const batch = JSON.parse(page.beacons[0]?.body ?? '') as Batch;
    expect(batch.protocol).toBe(1);
    expect(batch.records.map((record) => [record.id, record.revision])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(client.pending()).toBe(2);
    await waitFor(() => receiver.records.size === 2);
    expect(receiver.requests[0]?.contentType).toBe('text/plain;charset=UTF-8');

    // Back to visible and hidden again: what is still pending goes out again (the receiver's upsert absorbs it).
    client.send(makeRecord('b', 3));
    page.show();
    page.hide();
    expect(page.beacons).toHaveLength(2);
    client.dispose();
  });

  it('sends a newer revision on pagehide after an older one went out on visibilitychange', () => {
    const page = fakePage();
    const client = idle();
    client.send(makeRecord('a', 1));
    page.hide();
    client.send(makeRecord('a', 2));
    page.pagehide();
    expect(page.beacons.map((beacon) => (JSON.parse(beacon.body) as Batch).records[0]?.revision)).toEqual([1, 2]);
    client.dispose();
  });

  it('chunks beacons under 60 000 bytes within a 64 KiB page budget', () => {
    const page = fakePage();
    const client = idle({ batch: { delayMs: 60_000, maxRecords: 500 }, outbox: { maxRecords: 1000 } });
    for (let i = 0; i < 200; i++) client.send(makeRecord(`r${i}`, 2, { comment: 'x'.repeat(1000) }));
    page.pagehide();
    const sizes = page.beacons.map((beacon) => Buffer.byteLength(beacon.body));
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(BEACON_CHUNK_BYTES);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(UNLOAD_BUDGET_BYTES);
    // The rest waits in the outbox for the next page load.
    expect(client.pending()).toBe(200);
    client.dispose();
  });

  it('uses keepalive fetch with the headers when custom headers rule out beacons', async () => {
    const page = fakePage();
    const inits: RequestInit[] = [];
    const client = idle({
      headers: { authorization: 'Bearer t' },
      fetch: (input, init) => {
        if (init) inits.push(init);
        return fetch(input, init);
      },
    });
    client.send(makeRecord('a'));
    page.hide();
    expect(page.beacons).toHaveLength(0);
    expect(inits).toHaveLength(1);
    expect(inits[0]?.keepalive).toBe(true);
    await waitFor(() => receiver.records.has('a'));
    expect(receiver.requests[0]?.headers.authorization).toBe('Bearer t');
    client.dispose();
  });

  it('falls back to keepalive fetch when the browser refuses the beacon', async () => {
    const page = fakePage({ beaconAccepts: false });
    const inits: RequestInit[] = [];
    const client = idle({
      fetch: (input, init) => {
        if (init) inits.push(init);
        return fetch(input, init);
      },
    });
    client.send(makeRecord('a'));
    page.pagehide();
    expect(inits[0]?.keepalive).toBe(true);
    await waitFor(() => receiver.records.has('a'));
    client.dispose();
  });

  it('gives the delivery lease up on pagehide, so the next page need not wait for it', async () => {
    const page = fakePage();
    receiver.answer = () => 'hang';
    const storage = memoryStorage();
    const client = createCollector({ endpoint: receiver.url, storage, batch: { delayMs: 0 }, timeout: 5000 });
    client.send(makeRecord('a'));
    void client.flush();
    await waitFor(() => receiver.requests.length === 1);
    expect(storage.getItem(LEASE_KEY)).not.toBeNull();
    page.hide();
    expect(storage.getItem(LEASE_KEY)).not.toBeNull();
    page.pagehide();
    expect(storage.getItem(LEASE_KEY)).toBeNull();
    client.dispose();
  });

  it('stops listening after dispose()', () => {
    const page = fakePage();
    const client = idle();
    client.send(makeRecord('a'));
    client.dispose();
    page.hide();
    page.pagehide();
    expect(page.beacons).toHaveLength(0);
  });
});
