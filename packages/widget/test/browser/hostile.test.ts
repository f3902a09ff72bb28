import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HOST_BODY, snippetPage } from './support/pages';
import { useSuite } from './support/session';
import { card, chooseScore, resultPath, submitFollowUp, waitForStore, waitForSurvey } from './support/survey';

// Issue 6, item 1: global CSS that attacks everything must not change how the survey looks or works, and the
// survey must not move the host page's own content.
const suite = useSuite();

const HOSTILE: Record<string, string> = {
  'all-unset': '* { all: unset !important; } head, script, style, title { display: none !important; }',
  'buttons-hidden':
    'button, [role="radio"], textarea, input { display: none !important; visibility: hidden !important; }',
  'z-index-overlays': `#overlay-a { position: fixed; right: 0; bottom: 0; width: 60vw; height: 70vh; z-index: 2147483647; background: rgb(200 0 0 / .9); }
    #overlay-b { position: fixed; inset: 0; z-index: 999999; background: rgb(0 0 200 / .4); }`,
  'html-font-8px': 'html { font-size: 8px !important; } body { font: 3px/1 serif !important; letter-spacing: 4px; }',
  'body-rtl': 'body { direction: rtl !important; text-align: right; unicode-bidi: bidi-override; }',
  'page-transform':
    'html { transform: translateX(40px) scale(0.8); } body { transform: rotate(2deg); filter: blur(0); }',
};
HOSTILE['everything'] = Object.values(HOSTILE).join('\n');

const OVERLAYS = '<div id="overlay-a"></div><div id="overlay-b"></div>';

// Records host-content layout shifts (sources outside the survey) and the host elements' boxes at load, before
// any survey exists, for comparison after it shows.
function watchHostLayout(): void {
  const w = window as unknown as { __hostShifts: string[]; __hostBoxes: Record<string, number[]> };
  w.__hostShifts = [];
  new PerformanceObserver((list) => {
    type Shift = { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> };
    for (const entry of list.getEntries() as unknown as Shift[]) {
      // Shifts right after the visitor's own input are expected (and excluded from CLS by definition).
      if (entry.hadRecentInput) continue;
      const nodes = (entry.sources ?? []).map((s) => s.node).filter((n): n is Node => !!n);
      const host = nodes.filter((n) => !(n.getRootNode() instanceof ShadowRoot) && n.nodeName !== 'NPSKIT-SURVEY');
      if (host.length > 0 || nodes.length === 0) {
        const names = host.map((n) => (n instanceof Element ? `${n.nodeName}#${n.id}` : n.nodeName));
        w.__hostShifts.push(`${entry.value.toFixed(4)} ${names.join(',')}`);
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    w.__hostBoxes = {};
    for (const el of document.querySelectorAll('[id^="host-"]')) {
      const r = el.getBoundingClientRect();
      w.__hostBoxes[el.id] = [r.x, r.y, r.width, r.height];
    }
  });
}

interface Geometry {
  /** Card box relative to the viewport's bottom-right corner: [right gap, bottom gap, width, height]. */
  card: number[];
  /** Key elements' boxes relative to the card's top-left: [x, y, width, height]. */
  parts: Record<string, number[]>;
  /** Computed font sizes of text-bearing parts, px. */
  fonts: Record<string, string>;
}

async function geometry(page: Page, selectors: Record<string, string>): Promise<Geometry> {
  return page.evaluate(async (sels) => {
    const root = document.querySelector('npskit-survey')?.shadowRoot;
    if (!root) throw new Error('no survey');
    // Measure the resting layout, not a frame of the entrance transition.
    await Promise.all(root.getAnimations().map((a) => a.finished.catch(() => {})));
    const cardEl = root.querySelector('.card') as HTMLElement;
    const c = cardEl.getBoundingClientRect();
    const round = (n: number) => Math.round(n * 10) / 10;
    const parts: Record<string, number[]> = {};
    const fonts: Record<string, string> = {};
    for (const [name, sel] of Object.entries(sels)) {
      const el = root.querySelector(sel) as HTMLElement | null;
      if (!el) throw new Error(`missing ${name} (${sel})`);
      const r = el.getBoundingClientRect();
      parts[name] = [round(r.x - c.x), round(r.y - c.y), round(r.width), round(r.height)];
      fonts[name] = getComputedStyle(el).fontSize;
    }
    return {
      card: [round(innerWidth - c.right), round(innerHeight - c.bottom), round(c.width), round(c.height)],
      parts,
      fonts,
    };
  }, selectors);
}

// Every key element must be the topmost thing at its own centre: visible and clickable, not under an overlay.
async function hitTest(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate(async (sels) => {
    const root = document.querySelector('npskit-survey')?.shadowRoot;
    await Promise.all(root?.getAnimations().map((a) => a.finished.catch(() => {})) ?? []);
    const covered: string[] = [];
    for (const sel of sels) {
      for (const el of root?.querySelectorAll(sel) ?? []) {
        const r = el.getBoundingClientRect();
        const top = root?.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        if (!top || !(el === top || el.contains(top))) covered.push(`${sel}: ${top?.nodeName ?? 'nothing'}`);
      }
    }
    return covered;
  }, selectors);
}

const SCORE_STEP = {
  question: '.question',
  dismiss: '.dismiss',
  score0: '[data-score="0"]',
  score10: '[data-score="10"]',
};
const FOLLOW_UP = { ...SCORE_STEP, comment: 'textarea', submit: 'button[type="submit"]', chip: '.chip' };

async function run(name: string, css: string | null) {
  const { page } = await suite.newPage({ viewport: { width: 1024, height: 768 }, init: [{ fn: watchHostLayout }] });
  const url = snippetPage(suite.server, {
    head: css ? `<style>${css}</style>` : '',
    body: css?.includes('#overlay-a') ? OVERLAYS + HOST_BODY : undefined,
    commands: [['show', { force: true }]],
  });
  await page.goto(url);
  await waitForSurvey(page);
  const score = await geometry(page, SCORE_STEP);
  const coveredAtScore = await hitTest(page, ['[role="radio"]', '.dismiss']);
  await page.screenshot({ path: resultPath(`hostile-${name}-score.png`) });
  // Covered controls cannot be clicked: report them instead of timing out on the click.
  if (coveredAtScore.length > 0) return { score, followUp: null, covered: coveredAtScore, host: null };
  await chooseScore(page, 3);
  const followUp = await geometry(page, FOLLOW_UP);
  const coveredAtFollowUp = await hitTest(page, ['textarea', 'button[type="submit"]', '.chip']);
  await page.screenshot({ path: resultPath(`hostile-${name}-follow-up.png`) });
  await submitFollowUp(page, `hostile ${name}`);
  const host = await page.evaluate(() => {
    const w = window as unknown as { __hostShifts: string[]; __hostBoxes: Record<string, number[]> };
    const now: Record<string, number[]> = {};
    for (const id of Object.keys(w.__hostBoxes)) {
      const r = document.getElementById(id)!.getBoundingClientRect();
      now[id] = [r.x, r.y, r.width, r.height];
    }
    return { shifts: w.__hostShifts, before: w.__hostBoxes, after: now };
  });
  return { score, followUp, covered: [...coveredAtScore, ...coveredAtFollowUp], host };
}

type Run = Awaited<ReturnType<typeof run>>;

// Within half a CSS pixel: sub-pixel text rendering differs a little between otherwise equal layouts.
function expectSameBoxes(step: string, actual: Geometry, expected: Geometry) {
  const close = (a: number[], b: number[] | undefined, what: string) => {
    expect(b, what).toBeDefined();
    for (const [i, v] of a.entries()) {
      expect(Math.abs(v - (b?.[i] ?? Number.NaN)), `${step} ${what}: ${a} vs clean ${b}`).toBeLessThanOrEqual(0.5);
    }
  };
  close(actual.card, expected.card, 'card [right gap, bottom gap, width, height]');
  for (const [part, box] of Object.entries(actual.parts))
    close(box, expected.parts[part], `${part} [x, y, w, h] in card`);
  expect(actual.fonts, `${step} font sizes`).toEqual(expected.fonts);
}

describe('a hostile host page', () => {
  let reference: Promise<Run> | undefined;
  const clean = () => {
    reference ??= run('clean', null);
    return reference;
  };

  it('renders on a clean page (the reference)', async () => {
    const ref = await clean();
    expect(ref.covered).toEqual([]);
    expect(ref.score.card[2]).toBeGreaterThan(200);
    expect(ref.host?.shifts).toEqual([]);
    expect(ref.host?.after).toEqual(ref.host?.before);
  });

  for (const [name, css] of Object.entries(HOSTILE)) {
    it(`looks and works the same under "${name}"`, async () => {
      const ref = await clean();
      suite.server.store.clear();
      const hostile = await run(name, css);
      expect(hostile.covered, 'survey controls covered by the page or not visible').toEqual([]);
      expectSameBoxes('score step', hostile.score, ref.score);
      expectSameBoxes('follow-up step', hostile.followUp!, ref.followUp!);
      // The page's own content: no layout shift attributed to it, and every box where it was before the survey.
      expect(hostile.host?.shifts).toEqual([]);
      expect(hostile.host?.after).toEqual(hostile.host?.before);
      const records = await waitForStore(suite.server, (r) => r.some((x) => x.comment === `hostile ${name}`));
      expect(records.find((x) => x.comment === `hostile ${name}`)?.score).toBe(3);
    });
  }

  it('leaves the host page without a survey element after it closes', async () => {
    const { page } = await suite.newPage();
    await page.goto(
      snippetPage(suite.server, {
        head: `<style>${HOSTILE['everything']}</style>`,
        commands: [['show', { force: true }]],
      }),
    );
    await waitForSurvey(page);
    await card(page).locator('.dismiss').click();
    await expect.poll(() => page.locator('npskit-survey').count()).toBe(0);
  });
});
