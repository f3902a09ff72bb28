import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '@npskit/test-chromium';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db.js';
import { type RunningServers, startServers, widgetBuilt } from '../../src/server.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let servers: RunningServers;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  if (!widgetBuilt())
    throw new Error('packages/widget/dist/cdn/npskit.js is missing: run `pnpm run build` at the root first.');
  dataDir = await mkdtemp(join(tmpdir(), 'npskit-demo-test-'));
  // Random ports, a fresh PGlite folder, the demo data set: what `npm run demo` starts, isolated.
  servers = await startServers({ port: 0, demoPort: 0, dataDir, seedIfEmpty: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await servers?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const COMMENT = `Great coffee, fast delivery ${Date.now()}`;

interface StoredResponse {
  id: string;
  score: number | null;
  comment: string | null;
  status: string;
  attributes: Record<string, unknown>;
}

async function findAnswer(comment: string): Promise<StoredResponse | undefined> {
  const res = await fetch(`${servers.collectorOrigin}/api/responses?limit=20`);
  const { responses } = (await res.json()) as { responses: StoredResponse[] };
  return responses.find((r) => r.comment === comment);
}

describe('the demo', () => {
  it('lets a visitor answer 9 with a comment and shows the answer on the dashboard', async () => {
    expect(servers.seeded).toBeGreaterThan(0);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${servers.demoOrigin}/?city=${encodeURIComponent('İzmir')}&plan=pro`);
    // A first-time visitor is eligible, so the survey may already be open; the button forces it either way.
    await page.click('#ask-now');
    // Playwright's CSS engine pierces the widget's open shadow root.
    await page.click('npskit-survey [role="radio"][data-score="9"]');
    const comment = COMMENT;
    await page.fill('npskit-survey #npskit-comment', comment);
    await page.click('npskit-survey button[type="submit"]');

    let stored: StoredResponse | undefined;
    await expect
      .poll(
        async () => {
          stored = await findAnswer(comment);
          return stored?.status;
        },
        { timeout: 10_000 },
      )
      .toBe('completed');
    expect(stored).toMatchObject({ score: 9, comment });
    expect(stored?.attributes).toMatchObject({ city: 'İzmir', plan: 'pro' });

    const dashboard = await browser.newPage();
    await dashboard.goto(`${servers.collectorOrigin}/dashboard?days=30&category=promoter`);
    await expect.poll(() => dashboard.locator('.comments li', { hasText: comment }).count()).toBe(1);
    expect(await dashboard.locator('.comments li', { hasText: comment }).locator('.score').textContent()).toBe('9');
    expect(errors).toEqual([]);
  });
});

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core's WCAG 2.x A/AA rules on the page and returns the violations, one line each. */
async function audit(page: Page, exclude: string[] = []): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (excluded) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(
      { exclude: excluded.map((selector) => [selector]) },
      { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    );
    return result.violations;
  }, exclude);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core, WCAG 2.2 AA rules)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no violation on the dashboard in ${colorScheme} mode`, async () => {
      // The dashboard's CSP (script-src 'self') rightly refuses axe's injected script; bypass it for the audit only.
      const page = await browser.newPage({ colorScheme, bypassCSP: true });
      await page.goto(`${servers.collectorOrigin}/dashboard?days=180`);
      // The data tables are inside closed <details>; open them so their markup is audited too.
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      expect(await audit(page)).toEqual([]);
      await page.close();
    });

    it(`finds no violation on the demo page in ${colorScheme} mode (the widget has its own suite)`, async () => {
      const page = await browser.newPage({ colorScheme });
      await page.goto(`${servers.demoOrigin}/`);
      expect(await audit(page, ['npskit-survey'])).toEqual([]);
      await page.close();
    });
  }
});

describe('PGlite in the data folder', () => {
  it('still holds the answer after the servers stop and the database is opened again', async () => {
    await servers.close();
    const reopened = await openDatabase({ dataDir });
    try {
      const rows = await reopened.query<{ score: number }>('SELECT score FROM responses WHERE comment = $1', [COMMENT]);
      expect(rows).toEqual([{ score: 9 }]);
    } finally {
      await reopened.close();
    }
  });
});
