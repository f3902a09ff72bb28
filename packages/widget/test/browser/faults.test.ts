import type { ResponseRecord } from '@npskit/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { snippetPage } from './support/pages';
import { useSuite } from './support/session';
import { chooseScore, submitFollowUp, waitForStore, waitForSurvey } from './support/survey';

// Issue 6, item 5: answers survive a collector that fails 30 % of the time and visitors who leave at once.
const suite = useSuite();

const LOADS = 20;

const byComment = (records: ResponseRecord[], prefix: string) => records.filter((r) => r.comment?.startsWith(prefix));

/** Loads a page that only runs the loader (which replays the outbox), and waits a moment for delivery. */
async function replay(page: Page, ms = 2500): Promise<void> {
  await page.goto(snippetPage(suite.server));
  await page.waitForTimeout(ms);
}

describe('delivery under faults', () => {
  it(`delivers every answer exactly once across ${LOADS} page loads with 30 % failures and instant navigation`, async () => {
    suite.server.faults({
      rate: 0.3,
      kinds: ['500', '503', '429', 'hang', 'drop'],
      hangMs: 1500,
      retryAfter: 1,
      seed: 7,
    });
    try {
      const { page } = await suite.newPage();
      const expected = new Map<string, number>();
      for (let i = 0; i < LOADS; i++) {
        const comment = `fault-run ${i}`;
        const score = (i * 7) % 11;
        expected.set(comment, score);
        await page.goto(snippetPage(suite.server, { commands: [['show', { force: true }]] }));
        await waitForSurvey(page);
        await chooseScore(page, score);
        await submitFollowUp(page, comment);
        // Leave at once: no waiting for the POST; delivery must come from the unload path or the outbox.
      }
      suite.server.faults(null);
      const done = (records: ResponseRecord[]) =>
        [...expected].every(([comment]) => records.some((r) => r.comment === comment && r.status === 'completed'));
      for (let attempt = 0; attempt < 6 && !done([...suite.server.store.values()]); attempt++) await replay(page);
      const records = byComment([...suite.server.store.values()], 'fault-run ');
      const missing = [...expected.keys()].filter((c) => !records.some((r) => r.comment === c));
      expect(missing, 'answers lost').toEqual([]);
      // Exactly once: one record id per answer (a retry must reuse the id), each at its completed revision.
      expect(records).toHaveLength(LOADS);
      // The store keeps the highest revision per id; it must be the highest the client ever sent for that id.
      const sent = new Map<string, number>();
      for (const request of suite.server.requests) {
        for (const r of request.records) sent.set(r.id, Math.max(sent.get(r.id) ?? 0, r.revision));
      }
      for (const r of records) {
        expect(r.status).toBe('completed');
        expect(r.score).toBe(expected.get(r.comment ?? ''));
        expect(r.revision).toBe(sent.get(r.id));
      }
      const faulted = suite.server.requests.filter((r) => r.outcome !== 200).length;
      expect(faulted, 'the collector really injected faults').toBeGreaterThan(3);
    } finally {
      suite.server.faults(null);
    }
  }, 120_000);

  it('delivers when storage is unavailable (localStorage and sessionStorage throw)', async () => {
    const blockStorage = () => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    };
    const { page } = await suite.newPage({ init: [{ fn: blockStorage }] });
    await page.goto(snippetPage(suite.server, { commands: [['show', { force: true }]] }));
    await waitForSurvey(page);
    await chooseScore(page, 6);
    await submitFollowUp(page, 'no storage');
    const records = await waitForStore(suite.server, (r) =>
      r.some((x) => x.comment === 'no storage' && x.status === 'completed'),
    );
    expect(records.find((x) => x.comment === 'no storage')?.score).toBe(6);
  });

  it('delivers an answer submitted 50 ms before the visitor navigates away', async () => {
    const { page } = await suite.newPage();
    await page.goto(snippetPage(suite.server, { commands: [['show', { force: true }]] }));
    await waitForSurvey(page);
    await chooseScore(page, 10);
    await page.locator('npskit-survey textarea').fill('left after 50 ms');
    // Slow the collector so the normal POST is still in flight when the page goes.
    suite.server.faults({ rate: 1, kinds: ['hang'], hangMs: 1500 });
    await page.locator('npskit-survey form.follow-up button[type="submit"]').click();
    await page.waitForTimeout(50);
    suite.server.faults(null);
    await page.goto(suite.server.page('/elsewhere', '<!doctype html><title>elsewhere</title><p>no npskit here</p>'));
    const arrived = (r: ResponseRecord[]) =>
      r.some((x) => x.comment === 'left after 50 ms' && x.status === 'completed');
    // The unload path (beacon/keepalive) first; failing that, the next page with the loader replays the outbox.
    let records = await waitForStore(suite.server, arrived, 3000);
    if (!arrived(records)) {
      await replay(page);
      records = await waitForStore(suite.server, arrived, 5000);
    }
    expect(records.find((x) => x.comment === 'left after 50 ms')?.score).toBe(10);
  });
});
