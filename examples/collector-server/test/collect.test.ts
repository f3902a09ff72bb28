import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db.js';
import { batch, emptyTable, openTestDatabase, post, record, storedRow } from './support.js';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());
beforeEach(() => emptyTable(db));

const app = () => createApp({ db, rateLimit: false });

describe('POST /collect', () => {
  it('stores every field of a record in its column', async () => {
    const r = record({
      score: 3,
      category: 'detractor',
      status: 'completed',
      comment: 'Kargo çok geç geldi',
      reasons: ['delivery', 'price'],
      contact: { consent: true, email: 'ayse@example.com' },
      userId: 'u-42',
      locale: 'tr',
      attributes: { city: 'İzmir', plan: 'pro', seats: 12 },
      sampleRate: 0.25,
      trigger: 'event:order_completed',
      completedAt: '2026-03-10T12:01:00.000Z',
    });
    const res = await post(app(), batch([r]));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 1, stored: 1 });
    const row = await storedRow(db, r.id);
    expect(row).toMatchObject({
      survey_id: 'website-nps',
      status: 'completed',
      score: 3,
      category: 'detractor',
      comment: 'Kargo çok geç geldi',
      reasons: ['delivery', 'price'],
      contact_consent: true,
      contact_email: 'ayse@example.com',
      user_id: 'u-42',
      locale: 'tr',
      attributes: { city: 'İzmir', plan: 'pro', seats: 12 },
      sample_rate: 0.25,
      trigger: 'event:order_completed',
      preview: false,
    });
    expect((row!.completed_at as Date).toISOString()).toBe('2026-03-10T12:01:00.000Z');
  });

  it('ignores a duplicate and an older revision that arrive later', async () => {
    const v3 = record({ revision: 3, status: 'completed', comment: 'final', completedAt: '2026-03-10T12:02:00.000Z' });
    const v2 = { ...v3, revision: 2, status: 'answered' as const, comment: undefined, completedAt: undefined };
    expect(await (await post(app(), batch([v3]))).json()).toEqual({ accepted: 1, stored: 1 });
    expect(await (await post(app(), batch([v3]))).json()).toEqual({ accepted: 1, stored: 0 });
    expect(await (await post(app(), batch([v2]))).json()).toEqual({ accepted: 1, stored: 0 });
    expect(await storedRow(db, v3.id)).toMatchObject({ revision: 3, status: 'completed', comment: 'final' });
  });

  it('moves a row forward when a higher revision arrives, keeping when it was first received', async () => {
    const shown = record({
      revision: 1,
      status: 'shown',
      score: undefined,
      category: undefined,
      answeredAt: undefined,
    });
    await post(app(), batch([shown]));
    const first = await storedRow(db, shown.id);
    const answered = {
      ...shown,
      revision: 2,
      status: 'answered' as const,
      score: 10 as const,
      category: 'promoter' as const,
      answeredAt: '2026-03-10T12:00:30.000Z',
    };
    await post(app(), batch([answered]));
    const row = await storedRow(db, shown.id);
    expect(row).toMatchObject({ revision: 2, status: 'answered', score: 10 });
    expect(row?.first_received_at).toEqual(first?.first_received_at);
  });

  it('keeps the highest revision when one batch holds several revisions of an id, in any order', async () => {
    const base = record();
    const res = await post(
      app(),
      batch([
        { ...base, revision: 2, comment: 'two' },
        { ...base, revision: 5, comment: 'five' },
        { ...base, revision: 4, comment: 'four' },
      ]),
    );
    expect(res.status).toBe(200);
    expect(await storedRow(db, base.id)).toMatchObject({ revision: 5, comment: 'five' });
  });

  it('converges on the highest revision under concurrent posts of one id', async () => {
    const base = record();
    const revisions = Array.from({ length: 30 }, (_, i) => i + 1).sort(() => Math.random() - 0.5);
    const server = app();
    const responses = await Promise.all(
      revisions.map((revision) => post(server, batch([{ ...base, revision, comment: `rev ${revision}` }]))),
    );
    expect(responses.every((res) => res.status === 200)).toBe(true);
    expect(await storedRow(db, base.id)).toMatchObject({ revision: 30, comment: 'rev 30' });
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM responses');
    expect(n).toBe(1);
  });

  it('answers 400 with the path of every invalid field when no record is usable, and stores nothing', async () => {
    const bad = { ...record(), score: 11, id: 'not-a-uuid' };
    const worse = { ...record(), status: 'loved' };
    const res = await post(app(), batch([bad as never, worse as never]));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(body.error).toBe('Invalid batch');
    const paths = body.issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['records[0].score', 'records[0].id', 'records[1].status']));
    expect(body.issues.find((issue) => issue.path === 'records[0].score')?.message).toMatch(/0 to 10/);
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM responses');
    expect(n).toBe(0);
  });

  it('stores the valid records of a mixed batch and reports the rejected ones (a 4xx would drop them all)', async () => {
    const good = record();
    const bad = { ...record(), score: 11 };
    const res = await post(app(), batch([good, bad as never]));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      accepted: 1,
      stored: 1,
      rejected: [{ path: 'records[1].score', message: expect.stringMatching(/0 to 10/) }],
    });
    expect(await storedRow(db, good.id)).toBeDefined();
    expect(await storedRow(db, bad.id)).toBeUndefined();
  });

  it('answers 503 with Retry-After when the database fails, so the client keeps the records', async () => {
    const failures: unknown[] = [];
    const broken = { ...db, query: () => Promise.reject(new Error('connection refused')) };
    const server = createApp({ db: broken, rateLimit: false, onStoreError: (e) => failures.push(e) });
    const res = await post(server, batch([record()]));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(failures).toHaveLength(1);
  });

  it('answers 400 naming the problem for a body that is not JSON or not a batch', async () => {
    const notJson = await post(app(), '{"protocol":1,');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: 'Body is not valid JSON' });
    const wrongProtocol = await post(
      app(),
      JSON.stringify({ protocol: 2, sentAt: new Date().toISOString(), records: [] }),
    );
    expect(wrongProtocol.status).toBe(400);
    const { issues } = (await wrongProtocol.json()) as { issues: { path: string }[] };
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['protocol', 'records']));
  });

  it('accepts application/json bodies too', async () => {
    const r = record();
    const res = await post(app(), batch([r]), { 'content-type': 'application/json' });
    expect(res.status).toBe(200);
    expect(await storedRow(db, r.id)).toBeDefined();
  });

  it('refuses a body over the size limit with 413, with or without Content-Length', async () => {
    const server = createApp({ db, rateLimit: false, maxBodyBytes: 2048 });
    const big = batch([record({ comment: 'x'.repeat(3000) })]);
    const declared = await post(server, big, { 'content-length': String(Buffer.byteLength(big)) });
    expect(declared.status).toBe(413);
    const streamed = await server.request('/collect', {
      method: 'POST',
      body: new Blob([big]).stream(),
      headers: { 'content-type': 'text/plain' },
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as { error: string }).error).toMatch(/2048 bytes/);
  });
});
