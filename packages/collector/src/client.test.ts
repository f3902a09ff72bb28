import type { ResponseRecord } from '@npskit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { virtualTime, waitFor } from '../test/helpers';
import { postedIds, type Receiver, startReceiver } from '../test/receiver';
import { makeRecord } from '../test/records';
import { createCollector } from './client';
import { memoryStorage } from './storage';
import type { CollectorOptions, DroppedEvent } from './types';

let receiver: Receiver;
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(async () => {
  await receiver.close();
});

function collector(options: Partial<CollectorOptions> = {}) {
  const client = createCollector({
    endpoint: receiver.url,
    storage: memoryStorage(),
    batch: { delayMs: 0 },
    retry: { baseMs: 1, capMs: 5 },
    timeout: 500,
    ...options,
  });
  const delivered: ResponseRecord[] = [];
  const dropped: DroppedEvent[] = [];
  client.on('delivered', (records) => delivered.push(...records));
  client.on('dropped', (event) => dropped.push(event));
  return { client, delivered, dropped };
}

/** Answers the listed answers in turn, then 200. */
function script(...answers: Receiver['answer'][]) {
  let n = 0;
  receiver.answer = (request) => (answers[n++] ?? (() => ({ status: 200 })))(request);
}

describe('delivery', () => {
  it('POSTs { protocol: 1, sentAt, records } as text/plain and empties the outbox', async () => {
    const { client, delivered } = collector();
    client.send(makeRecord('a'));
    client.send(makeRecord('b'));
    expect(client.pending()).toBe(2);
    await client.flush();
    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request?.contentType).toBe('text/plain;charset=UTF-8');
    expect(request?.batch?.protocol).toBe(1);
    expect(Date.parse(request?.batch?.sentAt ?? '')).not.toBeNaN();
    expect(request?.batch?.records.map((record) => record.id)).toEqual(['a', 'b']);
    expect(delivered.map((record) => record.id)).toEqual(['a', 'b']);
    expect(client.pending()).toBe(0);
    client.dispose();
  });

  it('delivers on its own after batch.delayMs, sending only the highest revision of a record', async () => {
    const { client } = collector({ batch: { delayMs: 20 } });
    client.send(makeRecord('a', 1));
    client.send(makeRecord('a', 3));
    client.send(makeRecord('a', 2));
    expect(client.pending()).toBe(1);
    await waitFor(() => receiver.records.size === 1 && client.pending() === 0);
    expect(receiver.requests).toHaveLength(1);
    expect(receiver.records.get('a')?.revision).toBe(3);
    client.dispose();
  });

  it('sends application/json and custom headers when asked', async () => {
    const { client } = collector({ contentType: 'application/json', headers: { authorization: 'Bearer t' } });
    client.send(makeRecord('a'));
    await client.flush();
    expect(receiver.requests[0]?.contentType).toBe('application/json');
    expect(receiver.requests[0]?.headers.authorization).toBe('Bearer t');
    client.dispose();
  });
});

describe('answers', () => {
  it('retries 500, 503, 408 and then delivers', async () => {
    script(
      () => ({ status: 500 }),
      () => ({ status: 503 }),
      () => ({ status: 408 }),
    );
    const { client, delivered } = collector();
    client.send(makeRecord('a'));
    await client.flush();
    expect(receiver.requests.map((r) => (typeof r.answer === 'object' ? r.answer.status : r.answer))).toEqual([
      500, 503, 408, 200,
    ]);
    expect(delivered).toHaveLength(1);
    expect(client.pending()).toBe(0);
  });

  it('honours Retry-After in seconds on 503, clamped to retry.maxRetryAfterMs', async () => {
    script(
      () => ({ status: 503, headers: { 'retry-after': '2' } }),
      () => ({ status: 503, headers: { 'retry-after': '120' } }),
    );
    const time = virtualTime();
    const { client } = collector({ ...time, retry: { baseMs: 1, capMs: 5, maxRetryAfterMs: 30_000 } });
    client.send(makeRecord('a'));
    await client.flush();
    expect(receiver.requests).toHaveLength(3);
    expect(time.waits).toContain(2000);
    expect(time.waits).toContain(30_000);
    expect(receiver.records.has('a')).toBe(true);
  });

  it('honours Retry-After given as an HTTP-date on 429', async () => {
    const time = virtualTime();
    script(() => ({ status: 429, headers: { 'retry-after': new Date(time.now() + 7000).toUTCString() } }));
    const { client } = collector({ ...time });
    client.send(makeRecord('a'));
    await client.flush();
    expect(time.waits).toContain(7000);
    expect(receiver.requests).toHaveLength(2);
  });

  it('drops records on a permanent 4xx with the reason, and never retries them', async () => {
    script(() => ({ status: 400, body: 'records[0].score: must be 0-10' }));
    const { client, dropped, delivered } = collector();
    client.send(makeRecord('a'));
    client.send(makeRecord('b'));
    await client.flush();
    await client.flush();
    expect(receiver.requests).toHaveLength(1);
    expect(dropped.map((event) => [event.record.id, event.reason])).toEqual([
      ['a', 'rejected'],
      ['b', 'rejected'],
    ]);
    expect(dropped[0]?.detail).toBe('HTTP 400: records[0].score: must be 0-10');
    expect(delivered).toEqual([]);
    expect(client.pending()).toBe(0);
  });

  it('keeps a newer revision sent while an older one was in flight and rejected, then delivers it', async () => {
    const { client, dropped } = collector();
    receiver.answer = (request) => {
      if (request.batch?.records[0]?.revision !== 1) return { status: 200 };
      client.send(makeRecord('a', 2));
      return { status: 422 };
    };
    client.send(makeRecord('a', 1));
    await client.flush();
    expect(dropped.map((event) => [event.record.revision, event.reason])).toEqual([[1, 'rejected']]);
    await waitFor(() => client.pending() === 0);
    expect(receiver.records.get('a')?.revision).toBe(2);
  });

  it('splits a batch on 413 until the halves fit, dropping a lone record the endpoint still refuses', async () => {
    receiver.answer = (request) => {
      const records = request.batch?.records ?? [];
      if (records.some((record) => record.id === 'huge')) return { status: 413 };
      return records.length > 2 ? { status: 413 } : { status: 200 };
    };
    const { client, dropped } = collector();
    for (const id of ['a', 'b', 'c', 'd', 'e', 'huge', 'f']) client.send(makeRecord(id));
    await client.flush();
    expect([...receiver.records.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(dropped.map((event) => [event.record.id, event.reason])).toEqual([['huge', 'too-large']]);
    expect(client.pending()).toBe(0);
  });

  it('keeps every POST body within batch.maxBytes and batch.maxRecords', async () => {
    const { client } = collector({ batch: { delayMs: 0, maxBytes: 2048, maxRecords: 4 } });
    for (let i = 0; i < 30; i++) client.send(makeRecord(`r${i}`, 2, { comment: 'é'.repeat(200) }));
    await client.flush();
    expect(receiver.records.size).toBe(30);
    expect(receiver.requests.length).toBeGreaterThanOrEqual(8);
    for (const request of receiver.requests) {
      expect(request.bytes).toBeLessThanOrEqual(2048);
      expect(request.batch?.records.length).toBeLessThanOrEqual(4);
    }
  });

  it('drops at once a record larger than batch.maxBytes on its own', async () => {
    const { client, dropped } = collector({ batch: { delayMs: 0, maxBytes: 2048 } });
    client.send(makeRecord('big', 2, { comment: 'x'.repeat(3000) }));
    expect(dropped.map((event) => event.reason)).toEqual(['too-large']);
    expect(client.pending()).toBe(0);
  });

  it('retries after a timeout (hanging server) and after dropped connections', async () => {
    script(
      () => 'hang',
      () => 'drop',
      () => 'drop-after-store',
    );
    const { client, delivered } = collector({ timeout: 400 });
    client.send(makeRecord('a'));
    await client.flush();
    expect(receiver.requests).toHaveLength(4);
    expect(postedIds(receiver)).toEqual(['a', 'a', 'a', 'a']);
    expect(receiver.records.size).toBe(1);
    expect(delivered).toHaveLength(1);
  });

  it('stops after retry.attempts, keeps the records, and a reloaded client delivers them', async () => {
    receiver.answer = () => ({ status: 503 });
    const storage = memoryStorage();
    const first = collector({ storage, retry: { attempts: 3, baseMs: 1, capMs: 2 } });
    first.client.send(makeRecord('a'));
    await first.client.flush();
    expect(receiver.requests).toHaveLength(3);
    expect(first.client.pending()).toBe(1);
    first.client.dispose();

    receiver.answer = () => ({ status: 200 });
    const second = collector({ storage, batch: { delayMs: 10 } });
    await waitFor(() => second.client.pending() === 0);
    expect(receiver.records.has('a')).toBe(true);
    expect(receiver.requests).toHaveLength(4);
    second.client.dispose();
  });

  it('bounds a round by retry.maxTotalMs', async () => {
    receiver.answer = () => ({ status: 500 });
    const time = virtualTime();
    const { client } = collector({
      ...time,
      retry: { attempts: 100, baseMs: 50, capMs: 50, jitter: false, maxTotalMs: 120 },
    });
    client.send(makeRecord('a'));
    await client.flush();
    // Tries at 0, 50 and 100 ms; the next wait would end at 150 > 120.
    expect(receiver.requests).toHaveLength(3);
    expect(client.pending()).toBe(1);
  });

  it('dispose() cuts a backoff short and keeps the records', async () => {
    receiver.answer = () => ({ status: 503, headers: { 'retry-after': '30' } });
    const { client } = collector();
    client.send(makeRecord('a'));
    const flushed = client.flush();
    await waitFor(() => receiver.requests.length === 1);
    client.dispose();
    await flushed;
    expect(receiver.requests).toHaveLength(1);
    expect(client.pending()).toBe(1);
  });
});
