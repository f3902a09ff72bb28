import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResponseRecord } from '@npskit/core';
import type { Locator, Page } from 'playwright-core';
import type { TestServer } from './server';

/** Screenshots for eyeballing go here (gitignored). */
export const RESULTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test-results');

/** A path in test-results/, creating the folder. */
export function resultPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return resolve(RESULTS_DIR, name);
}

/** The survey's card (Playwright's CSS engine pierces open shadow roots). */
export const card = (page: Page): Locator => page.locator('npskit-survey .card');

/** The radio for one score. */
export const scoreRadio = (page: Page, score: number): Locator =>
  page.locator(`npskit-survey [role="radio"][data-score="${score}"]`);

/** Waits until the survey card is on screen. */
export async function waitForSurvey(page: Page, timeout = 10_000): Promise<Locator> {
  const c = card(page);
  await c.waitFor({ state: 'visible', timeout });
  return c;
}

/** Clicks a score, then waits for the follow-up form. */
export async function chooseScore(page: Page, score: number): Promise<void> {
  await scoreRadio(page, score).click({ timeout: 5000 });
  await page.locator('npskit-survey form.follow-up').waitFor({ state: 'visible' });
}

/** Fills the follow-up and submits it; waits for the thank-you step. */
export async function submitFollowUp(page: Page, comment = ''): Promise<void> {
  if (comment) await page.locator('npskit-survey textarea').fill(comment);
  await page.locator('npskit-survey form.follow-up button[type="submit"]').click();
  await page.locator('npskit-survey .thanks').waitFor({ state: 'visible' });
}

/**
 * An init script that keeps every `npskit:*` DOM event the loader dispatches, in order, in
 * `window.__npskitEvents` (type and record id when there is one).
 */
export function recordEmbedEvents(): void {
  const w = window as unknown as { __npskitEvents: Array<{ type: string; id?: string }> };
  w.__npskitEvents = [];
  for (const name of ['shown', 'score', 'submitted', 'dismissed', 'delivered', 'error']) {
    addEventListener(`npskit:${name}`, (event) => {
      const detail = (event as CustomEvent).detail as { id?: string } | undefined;
      w.__npskitEvents.push({ type: name, id: typeof detail?.id === 'string' ? detail.id : undefined });
    });
  }
}

/** The `npskit:*` events recorded by `recordEmbedEvents`. */
export function embedEvents(page: Page): Promise<Array<{ type: string; id?: string }>> {
  return page.evaluate(() => (window as unknown as { __npskitEvents?: [] }).__npskitEvents ?? []);
}

/** Polls the test collector's store until `predicate` holds or `timeout` passes; returns the store's records. */
export async function waitForStore(
  server: TestServer,
  predicate: (records: ResponseRecord[]) => boolean,
  timeout = 10_000,
): Promise<ResponseRecord[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const records = [...server.store.values()];
    if (predicate(records)) return records;
    if (Date.now() > until) return records;
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
