/**
 * Takes the documentation screenshots of the survey in Debian Chromium: every step, every position,
 * light and dark, and Persian (RTL). Writes docs/screenshots/widget-<step>-<position>-<theme>.png,
 * clipped to the card at 1x, runs axe-core (WCAG 2.2 A/AA) on each state shown, and prints the mobile
 * measurements (targets at 320 px, horizontal scroll). Fails when axe or the measurements find a problem.
 *
 *   pnpm --filter @npskit/widget run screenshots
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium, startServer, type TestServer } from '../test/browser/support/index';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(PACKAGE, '../../docs/screenshots');

type Step = 'score' | 'follow-up-promoter' | 'follow-up-detractor' | 'thanks-share' | 'thanks-consent';
type Position = 'bottom-right' | 'bottom-left' | 'bar' | 'modal' | 'inline';
type Theme = 'light' | 'dark' | 'fa';

interface Shot {
  step: Step;
  position: Position;
  theme: Theme;
}

const STEPS: Step[] = ['score', 'follow-up-promoter', 'follow-up-detractor', 'thanks-share', 'thanks-consent'];
const POSITIONS: Position[] = ['bottom-right', 'bottom-left', 'bar', 'modal', 'inline'];

// Every step on the default card in all three looks; every position on the score and follow-up steps.
function plan(): Shot[] {
  const shots: Shot[] = [];
  for (const theme of ['light', 'dark', 'fa'] as Theme[]) {
    for (const step of STEPS) shots.push({ step, position: 'bottom-right', theme });
    for (const position of POSITIONS.slice(1)) {
      shots.push({ step: 'score', position, theme });
      if (theme !== 'fa') shots.push({ step: 'follow-up-detractor', position, theme });
    }
  }
  return shots;
}

/** Bundles the widget with Preact into a temp folder the test server can serve as /npskit/index.js. */
async function bundle(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'npskit-shots-'));
  await build({
    root: PACKAGE,
    configFile: false,
    logLevel: 'warn',
    resolve: { conditions: ['@npskit/source'] },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: resolve(PACKAGE, 'src/index.ts'), formats: ['es'], fileName: 'index' },
    },
  });
  return outDir;
}

function pageHtml(shot: Shot): string {
  const dark = shot.theme === 'dark';
  const options = {
    surveyId: 'docs',
    product: shot.theme === 'fa' ? 'آکمه' : 'Acme',
    locale: shot.theme === 'fa' ? 'fa' : 'en',
    theme: dark ? 'dark' : 'light',
    position: shot.position,
    askContact: true,
    shareLinks: [
      { label: shot.theme === 'fa' ? 'نظر بدهید' : 'Review us', url: 'https://reviews.example/acme' },
      { label: shot.theme === 'fa' ? 'هم‌رسانی' : 'Share', url: 'https://social.example/share' },
    ],
  };
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>npskit</title>
<body style="margin:0;font-family:sans-serif;background:${dark ? '#0d1117' : '#eef1f5'};min-height:100vh">
<main style="padding:24px"><div id="slot"></div></main>
<script type="module">
  import { createSurvey } from '/npskit/index.js';
  const collector = { send() {}, on() { return () => {}; }, flush: async () => {}, pending: () => 0, dispose() {} };
  const options = ${JSON.stringify(options)};
  if (options.position === 'inline') options.container = document.getElementById('slot');
  const survey = createSurvey({ ...options, collector });
  survey.on('shown', () => { window.__shown = true; });
  survey.show();
</script></body></html>`;
}

const inShadow = (selector: string) => `npskit-survey ${selector}`;

async function drive(page: Page, step: Step): Promise<void> {
  if (step === 'score') return;
  const score = step.endsWith('promoter') || step === 'thanks-share' ? 9 : 3;
  await page.locator(inShadow(`[role="radio"][data-score="${score}"]`)).click();
  await page.locator(inShadow('form.follow-up')).waitFor();
  if (step.startsWith('follow-up')) {
    await page.locator(inShadow('.chip')).first().click();
    await page.locator(inShadow('textarea')).fill(score === 9 ? 'Setup took five minutes.' : 'Checkout was slow.');
    await page.locator(inShadow('[role="radio"][aria-checked="true"]')).focus();
    return;
  }
  await page.locator(inShadow('form.follow-up button[type="submit"]')).click();
  await page.locator(inShadow('.thanks')).waitFor();
  if (step === 'thanks-consent') await page.locator(inShadow('input[type="checkbox"]')).check();
}

/** axe-core violations on the page, as "rule-id: target" lines (the widget is in an open shadow root, which axe checks). */
async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    );
  });
}

const problems: string[] = [];

async function shoot(browser: Browser, server: TestServer, shot: Shot): Promise<string> {
  const wide = shot.position === 'bar' || shot.position === 'modal';
  const page = await browser.newPage({ viewport: { width: wide ? 900 : 640, height: 720 }, deviceScaleFactor: 1 });
  try {
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: shot.theme === 'dark' ? 'dark' : 'light' });
    const name = `widget-${shot.step}-${shot.position}-${shot.theme}`;
    await page.goto(server.page(`/${name}`, pageHtml(shot)));
    await page.waitForFunction(() => (window as unknown as { __shown?: boolean }).__shown === true);
    await drive(page, shot.step);
    for (const violation of await audit(page)) problems.push(`${name}: ${violation}`);
    const box = await page.locator(inShadow('.card')).boundingBox();
    if (!box) throw new Error(`${name}: the card is not visible`);
    // A margin keeps the card's shadow and focus ring in the picture; the modal also shows its backdrop.
    const margin = shot.position === 'bar' ? 0 : shot.position === 'modal' ? 40 : 16;
    const viewport = page.viewportSize()!;
    const x = Math.max(0, box.x - margin);
    const y = Math.max(0, box.y - margin);
    const path = join(OUT, `${name}.png`);
    await page.screenshot({
      path,
      clip: {
        x,
        y,
        width: Math.min(viewport.width - x, box.width + 2 * margin),
        height: Math.min(viewport.height - y, box.height + 2 * margin),
      },
    });
    return path;
  } finally {
    await page.close();
  }
}

/** Measures the score targets and horizontal overflow on a 320 px wide phone screen. */
async function measureMobile(browser: Browser, server: TestServer): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 });
  try {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const theme of ['light', 'fa'] as Theme[]) {
      const shot: Shot = { step: 'score', position: 'bottom-right', theme };
      await page.goto(server.page(`/mobile-${theme}`, pageHtml(shot)));
      await page.waitForFunction(() => (window as unknown as { __shown?: boolean }).__shown === true);
      const boxes = await page
        .locator(inShadow('[role="radio"]'))
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ w: r.width, h: r.height })));
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      const minW = Math.min(...boxes.map((b) => b.w));
      const minH = Math.min(...boxes.map((b) => b.h));
      console.log(
        `320px ${theme}: ${boxes.length} targets, smallest ${minW.toFixed(1)}×${minH.toFixed(1)} px, horizontal overflow ${scroll} px`,
      );
      if (minW < 24 || minH < 24 || scroll > 0)
        throw new Error(`320px ${theme}: targets below 24×24 px or horizontal scroll`);
      const card = await page.locator(inShadow('.card')).boundingBox();
      await page.screenshot({ path: join(OUT, `widget-score-mobile-${theme}.png`), clip: card! });
      await drive(page, 'follow-up-detractor');
      const followUpScroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (followUpScroll > 0) throw new Error(`320px ${theme}: the follow-up scrolls horizontally`);
      const tall = await page.locator(inShadow('.card')).boundingBox();
      await page.screenshot({ path: join(OUT, `widget-follow-up-detractor-mobile-${theme}.png`), clip: tall! });
    }
  } finally {
    await page.close();
  }
}

export async function main(): Promise<void> {
  const only = process.env.SHOTS;
  const outDir = await bundle();
  const server = await startServer({ staticRoot: outDir });
  const browser = await launchChromium();
  try {
    let bytes = 0;
    const shots = plan().filter((s) => !only || `${s.step}-${s.position}-${s.theme}`.includes(only));
    for (const shot of shots) {
      const path = await shoot(browser, server, shot);
      bytes += statSync(path).size;
    }
    if (!only || only === 'mobile') await measureMobile(browser, server);
    console.log(`${shots.length} screenshots, ${(bytes / 1024).toFixed(0)} KiB, in ${OUT}`);
    console.log(`axe-core: ${problems.length} violations`);
    for (const problem of problems) console.log(`  ${problem}`);
    if (problems.length > 0) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
