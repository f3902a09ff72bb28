import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { snippetPage } from './support/pages';
import { useSuite } from './support/session';
import { chooseScore, scoreRadio, submitFollowUp, waitForStore, waitForSurvey } from './support/survey';

// Issue 6, item 4: axe-core on every step, position, theme and the fa (RTL) locale, plus what axe cannot judge:
// keyboard-only use, target sizes on a small screen, focus return and reduced motion.
const suite = useSuite();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const POSITIONS = ['bottom-right', 'bottom-left', 'bar', 'modal', 'inline'] as const;
const THEMES = ['light', 'dark'] as const;

/** axe's violations inside the survey, as "rule: target" lines (empty when the survey passes). */
async function audit(page: Page, step: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  // Let entrance transitions finish: axe measures colours, and a half-faded card has the wrong ones.
  await page.evaluate(async () => {
    const root = document.querySelector('npskit-survey')?.shadowRoot;
    await Promise.all(root?.getAnimations().map((a) => a.finished.catch(() => {})) ?? []);
  });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run({ include: [['npskit-survey']] }, { runOnly: { type: 'tag', values: tags } });
    return result.violations as Array<{ id: string; nodes: Array<{ target: unknown; failureSummary?: string }> }>;
  }, TAGS);
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${step}: ${v.id} at ${JSON.stringify(n.target)} — ${n.failureSummary?.split('\n')[1]?.trim()}`),
  );
}

function surveyPage(init: Record<string, unknown>, body?: string): string {
  return snippetPage(suite.server, {
    commands: [
      ['init', { askContact: true, shareLinks: [{ label: 'Review us', url: 'https://example.com/review' }], ...init }],
      ['show', { force: true }],
    ],
    body,
  });
}

const INLINE_BODY = '<main><h1>Order confirmed</h1><div id="slot"></div></main>';

// One visit: the score step, the detractor follow-up, the thank-you step with contact consent. A second visit:
// passive then promoter follow-up (the score stays changeable), and the promoters' thank-you with share links.
async function auditFlows(label: string, init: Record<string, unknown>): Promise<string[]> {
  const found: string[] = [];
  const body = init['position'] === 'inline' ? INLINE_BODY : undefined;
  const extra = init['position'] === 'inline' ? { container: '#slot' } : {};
  {
    const { page } = await suite.newPage();
    await page.goto(surveyPage({ ...init, ...extra }, body));
    await waitForSurvey(page);
    found.push(...(await audit(page, `${label} score`)));
    await chooseScore(page, 0);
    found.push(...(await audit(page, `${label} detractor follow-up`)));
    await submitFollowUp(page, 'a11y');
    found.push(...(await audit(page, `${label} detractor thanks + consent`)));
    await page.locator('npskit-survey input[type="checkbox"]').check();
    found.push(...(await audit(page, `${label} consent with email field`)));
  }
  {
    const { page } = await suite.newPage();
    await page.goto(surveyPage({ ...init, ...extra }, body));
    await waitForSurvey(page);
    await chooseScore(page, 7);
    found.push(...(await audit(page, `${label} passive follow-up`)));
    await scoreRadio(page, 9).click();
    await page.locator('npskit-survey .chip').first().click();
    found.push(...(await audit(page, `${label} promoter follow-up, chip pressed`)));
    await submitFollowUp(page);
    found.push(...(await audit(page, `${label} promoter thanks + share`)));
  }
  return found;
}

describe('axe-core (WCAG 2.0/2.1/2.2 A and AA) on every step', () => {
  for (const theme of THEMES) {
    for (const position of POSITIONS) {
      it(`${position}, ${theme}`, async () => {
        expect(await auditFlows(`${position}/${theme}`, { position, theme })).toEqual([]);
      });
    }
    it(`fa (right-to-left, Persian digits), ${theme}, card and modal`, async () => {
      const found = [
        ...(await auditFlows(`fa/${theme}`, { locale: 'fa', theme })),
        ...(await auditFlows(`fa/modal/${theme}`, { locale: 'fa', theme, position: 'modal' })),
      ];
      expect(found).toEqual([]);
    });
  }

  it('catches a real violation (the audit is not vacuous)', async () => {
    const { page } = await suite.newPage();
    await page.goto(surveyPage({}));
    await waitForSurvey(page);
    // Sabotage one radio's name from the outside; axe must notice.
    await scoreRadio(page, 5).evaluate((el) => {
      el.textContent = '';
      el.removeAttribute('aria-label');
    });
    expect((await audit(page, 'sabotaged')).join('\n')).toMatch(/button-name|aria-toggle-field-name|aria-command-name/);
  });
});

/** The focused element, looking through shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return '';
    const d = el as HTMLElement;
    const type = el.getAttribute('type');
    return `${el.tagName.toLowerCase()}${type ? `:${type}` : ''}${d.id ? `#${d.id}` : ''}${d.dataset['score'] !== undefined ? `[${d.dataset['score']}]` : ''}.${d.className}|${d.textContent?.trim().slice(0, 20)}`;
  });

async function tabTo(page: Page, match: RegExp, limit = 30): Promise<string> {
  for (let i = 0; i < limit; i++) {
    const now = await focused(page);
    if (match.test(now)) return now;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${match} (last: ${await focused(page)})`);
}

describe('keyboard, target size, focus and motion', () => {
  it('completes the whole flow with the keyboard alone', async () => {
    const { page } = await suite.newPage();
    // The visitor is typing in the page's own field when the survey appears: it must not steal focus.
    await page.goto(snippetPage(suite.server, { commands: [['init', { askContact: true, trigger: 'manual' }]] }));
    await page.locator('#host-input').focus();
    await page.evaluate(() =>
      (window as unknown as { npskit: (...a: unknown[]) => void }).npskit('show', { force: true }),
    );
    await waitForSurvey(page);
    expect(await focused(page)).toMatch(/^input:text#host-input/);
    // Tab reaches the scale: one tab stop, on 0 when nothing is chosen.
    await tabTo(page, /\[0\]/);
    await page.keyboard.press('End');
    expect(await focused(page)).toMatch(/\[10\]/);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatch(/\[2\]/);
    await page.locator('npskit-survey form.follow-up').waitFor();
    expect(await scoreRadio(page, 2).getAttribute('aria-checked')).toBe('true');
    // One tab stop: Tab leaves the group for the first reason chip.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/chip/);
    await page.keyboard.press('Space');
    expect(await page.locator('npskit-survey .chip').first().getAttribute('aria-pressed')).toBe('true');
    await tabTo(page, /^textarea/);
    await page.keyboard.type('keyboard only');
    await tabTo(page, /\|Send$/);
    await page.keyboard.press('Enter');
    await page.locator('npskit-survey .thanks').waitFor();
    // Detractor: consent by keyboard, email, send.
    await tabTo(page, /^input:checkbox/);
    await page.keyboard.press('Space');
    await tabTo(page, /^input:email/);
    await page.keyboard.type('visitor@example.com');
    await page.keyboard.press('Enter');
    const records = await waitForStore(suite.server, (r) =>
      r.some((x) => x.comment === 'keyboard only' && x.contact !== undefined),
    );
    const record = records.find((x) => x.comment === 'keyboard only');
    expect(record).toMatchObject({ score: 2, status: 'completed', reasons: ['price'] });
    await tabTo(page, /\|Close$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('npskit-survey').count()).toBe(0);
  });

  it('has all 11 scores and every control at least 24×24 px on a 320 px screen, with no horizontal scroll', async () => {
    for (const position of ['bottom-right', 'bar', 'modal'] as const) {
      const { page } = await suite.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(surveyPage({ position }));
      await waitForSurvey(page);
      await chooseScore(page, 0);
      const sizes = await page.evaluate(() => {
        const root = document.querySelector('npskit-survey')!.shadowRoot!;
        return [...root.querySelectorAll('button, textarea, input, a')].map((el) => {
          const r = el.getBoundingClientRect();
          return {
            what: `${el.tagName} ${el.textContent?.trim().slice(0, 12)}`,
            w: r.width,
            h: r.height,
            right: r.right,
            left: r.left,
          };
        });
      });
      const radios = await page.locator('npskit-survey [role="radio"]').count();
      expect(radios).toBe(11);
      const small = sizes.filter((s) => s.w < 24 || s.h < 24).map((s) => `${position}: ${s.what} ${s.w}×${s.h}`);
      expect(small).toEqual([]);
      const outside = sizes.filter((s) => s.left < 0 || s.right > 320).map((s) => `${position}: ${s.what}`);
      expect(outside).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
  });

  it('returns focus to where it was when a modal closes', async () => {
    const { page } = await suite.newPage();
    await page.goto(snippetPage(suite.server, { commands: [['init', { position: 'modal', trigger: 'manual' }]] }));
    // A click, not focus(): it is what a visitor does, and a focus() while the page is still settling can be lost.
    await page.locator('#host-button').click();
    await expect.poll(() => focused(page)).toMatch(/#host-button\./);
    await page.evaluate(() =>
      (window as unknown as { npskit: (...a: unknown[]) => void }).npskit('show', { force: true }),
    );
    await waitForSurvey(page);
    await expect.poll(() => focused(page)).toMatch(/\[0\]/);
    // Tab stays inside the modal.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('NPSKIT-SURVEY');
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('npskit-survey').count()).toBe(0);
    expect(await focused(page)).toMatch(/^button:button#host-button\./);
  });

  it('dismisses a modal on a backdrop click, but not when a press on the card ends outside it', async () => {
    const { page } = await suite.newPage();
    await page.goto(
      snippetPage(suite.server, { commands: [['init', { position: 'modal', trigger: 'manual', surveyId: 'bd' }]] }),
    );
    await page.evaluate(() =>
      (window as unknown as { npskit: (...a: unknown[]) => void }).npskit('show', { force: true }),
    );
    await waitForSurvey(page);
    // Pressed on the question text, released on the backdrop: what selecting text looks like. Stays open.
    const question = await page.locator('npskit-survey .question').boundingBox();
    await page.mouse.move(question!.x + 5, question!.y + 5);
    await page.mouse.down();
    await page.mouse.move(3, 3, { steps: 4 });
    await page.mouse.up();
    expect(await page.locator('npskit-survey').count()).toBe(1);
    // A click on the backdrop (the top-left corner is outside the centred card) dismisses.
    await page.mouse.click(3, 3);
    await expect.poll(() => page.locator('npskit-survey').count()).toBe(0);
    const records = await waitForStore(suite.server, (r) =>
      r.some((x) => x.surveyId === 'bd' && x.status === 'dismissed'),
    );
    expect(records.filter((x) => x.surveyId === 'bd').map((x) => x.status)).toContain('dismissed');
  });

  it('runs no animation or motion transition under prefers-reduced-motion', async () => {
    const { page } = await suite.newPage({ reducedMotion: 'reduce' });
    await page.goto(surveyPage({}));
    await waitForSurvey(page);
    const motion = () =>
      page.evaluate(() => {
        const root = document.querySelector('npskit-survey')!.shadowRoot!;
        const moving = /transform|translate|scale|rotate|top|left|right|bottom|margin|inset|height|width|all/;
        const found = root
          .getAnimations()
          .map((a) => `running ${(a as CSSAnimation).animationName ?? a.constructor.name}`);
        for (const el of root.querySelectorAll('*')) {
          const s = getComputedStyle(el);
          const props = s.transitionProperty.split(',').map((p) => p.trim());
          const durations = s.transitionDuration.split(',').map((d) => Number.parseFloat(d));
          props.forEach((p, i) => {
            if ((durations[i % durations.length] ?? 0) > 0 && moving.test(p))
              found.push(`${el.className}: transition ${p}`);
          });
          if (s.animationName !== 'none' && Number.parseFloat(s.animationDuration) > 0)
            found.push(`${el.className}: animation ${s.animationName}`);
        }
        return found;
      });
    expect(await motion()).toEqual([]);
    await chooseScore(page, 8);
    expect(await motion()).toEqual([]);
  });
});
