import type { ResponseRecord } from '@npskit/core';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { pause, seededRandom } from '../test/helpers';
import { fakePage } from '../test/page';
import { type Answer, type Receiver, startReceiver } from '../test/receiver';
import { makeRecord } from '../test/records';
import { createCollector } from './client';
import { memoryStorage } from './storage';
import type { DroppedEvent } from './types';

let receiver: Receiver;
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await receiver.close();
});

const FAILURES: Answer[] = [
  { status: 500 },
  { status: 502 },
  { status: 503, headers: { 'retry-after': '0' } },
  { status: 504 },
  { status: 429, headers: { 'retry-after': '0' } },
  { status: 408 },
  'drop',
  'drop-after-store',
];

it('delivers 1 000 records under 30 % injected failures, reloads and unloads: every id at its highest revision, 0 lost', async () => {
  const random = seededRandom(20261124);
  let failed = 0;
  receiver.answer = () => {
    const roll = random();
    if (roll >= 0.3) return { status: 200 };
    failed++;
    // A few hangs, so the timeout path is part of the run too.
    if (roll < 0.006) return 'hang';
    return FAILURES[Math.floor(random() * FAILURES.length)] ?? { status: 500 };
  };
  // One storage for the whole run: it is the browser's localStorage, surviving reloads.
  const storage = memoryStorage();
  const page = fakePage();
  const expected = new Map<string, number>();
  const dropped: DroppedEvent[] = [];
  const options = {
    endpoint: receiver.url,
    storage,
    batch: { delayMs: 2, maxRecords: 20 },
    retry: { attempts: 4, baseMs: 1, capMs: 8 },
    timeout: 250,
  };
  const send = (client: ReturnType<typeof createCollector>, record: ResponseRecord) => {
    client.send(record);
    expected.set(record.id, record.revision);
  };

  let next = 0;
  const endings = { unload: 0, reload: 0, settled: 0 };
  for (let view = 0; view < 20; view++) {
    const client = createCollector(options);
    client.on('dropped', (event) => dropped.push(event));
    for (let k = 0; k < 50; k++) {
      const id = `display-${next++}`;
      const revisions = 1 + Math.floor(random() * 3);
      for (let revision = 1; revision <= revisions; revision++) {
        send(client, makeRecord(id, revision));
        if (random() < 0.15) await pause(1);
      }
      // Now and then a display from an earlier page view changes again (still pending or long delivered).
      if (next > 60 && random() < 0.05) {
        const old = `display-${Math.floor(random() * (next - 50))}`;
        send(client, makeRecord(old, (expected.get(old) ?? 0) + 1));
      }
    }
    const ending = random();
    if (ending < 0.4) {
      // The user leaves: beacons go out, then the page is gone mid-flight.
      endings.unload++;
      page.hide();
      page.pagehide();
      await pause(random() * 10);
      page.show();
    } else if (ending < 0.7) {
      // A reload or crash with no unload event at all.
      endings.reload++;
      await pause(random() * 10);
    } else {
      endings.settled++;
      await client.flush();
    }
    client.dispose();
  }

  // The next visit: one more page load replays whatever is still pending.
  const last = createCollector(options);
  last.on('dropped', (event) => dropped.push(event));
  for (let round = 0; round < 40 && last.pending() > 0; round++) await last.flush();
  last.dispose();

  expect(last.pending()).toBe(0);
  expect(dropped).toEqual([]);
  expect(expected.size).toBe(1000);
  expect(receiver.records.size).toBe(1000);
  const behind = [...expected].filter(([id, revision]) => receiver.records.get(id)?.revision !== revision);
  expect(behind).toEqual([]);

  const posts = receiver.requests.length;
  const posted = receiver.requests.reduce((sum, request) => sum + (request.batch?.records.length ?? 0), 0);
  console.log(
    `[collector scenario] 1000 records (${[...expected.values()].reduce((a, b) => a + b, 0)} revisions sent), ` +
      `${posts} POSTs (${page.beacons.length} beacons), ${failed} injected failures, ` +
      `${posted} records posted (${(posted / 1000).toFixed(2)} per id), page views ended by ` +
      `unload ${endings.unload} / reload ${endings.reload} / settled ${endings.settled}; 0 lost`,
  );
}, 30_000);
