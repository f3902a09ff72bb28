import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { snippetPage } from './support/pages';
import { useSuite } from './support/session';
import {
  chooseScore,
  embedEvents,
  recordEmbedEvents,
  submitFollowUp,
  waitForStore,
  waitForSurvey,
} from './support/survey';

// Issue 6, item 3: hostile strings in every configurable text, hostile URLs, and a polluted host page.
const suite = useSuite();

// Each payload sets window.__xss if it ever runs. Mixed: HTML, attribute breakouts, template and URL tricks.
const XSS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  "'><svg onload=window.__xss=1>",
  '<iframe srcdoc="<script>parent.__xss=1</script>">',
  '{{constructor.constructor("window.__xss=1")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-literal injection attempt is the point.
  '${window.__xss=1}',
  '<a href="javascript:window.__xss=1">x</a>',
  '&lt;b&gt;entity&lt;/b&gt; &amp;',
];
const pick = (i: number) => XSS[i % XSS.length] as string;

const JS_URLS = [
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=1',
  ' \tjavascript:window.__xss=1',
  'java\nscript:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
];

const hostileMessages = {
  surveyLabel: pick(0),
  question: `${pick(1)} {product}`,
  lowLabel: pick(2),
  highLabel: pick(3),
  dismiss: pick(4),
  followUp: { promoter: pick(5), passive: pick(6), detractor: pick(7) },
  reasonsLabel: pick(0),
  commentLabel: pick(1),
  submit: pick(2),
  skip: pick(3),
  thanks: { promoter: pick(4), passive: pick(5), detractor: pick(6) },
  shareIntro: pick(7),
  close: pick(0),
  // Reason tags are identifiers (validated); what visitors read is the per-locale label, which may be anything.
  reasons: { quality: pick(1), ease: pick(2), price: pick(3) },
};

// What the survey's shadow root contains that could execute or navigate: elements that only exist if markup
// was parsed, event-handler attributes, and links that are not http(s).
async function dangerousNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('npskit-survey')?.shadowRoot;
    const found: string[] = [];
    for (const el of root?.querySelectorAll('*') ?? []) {
      if (/^(script|img|iframe|object|embed)$/i.test(el.tagName)) found.push(el.tagName);
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`${el.tagName}[${attr}]`);
      const href = el.getAttribute('href');
      if (href !== null && !/^https?:\/\//i.test(href)) found.push(`${el.tagName}[href=${href}]`);
    }
    return found;
  });
}

// Without the Unicode bidi isolates (U+2066–U+2069) that right-to-left locales put around interpolated values:
// they are invisible, and the text between them must still be the literal string.
const shadowText = (page: Page) =>
  page.evaluate(() =>
    (document.querySelector('npskit-survey')?.shadowRoot?.textContent ?? '').replace(/[\u2066-\u2069]/g, ''),
  );
const xssRan = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

describe('injection', () => {
  it('shows every hostile configured string as literal text and runs none of it', async () => {
    const { page } = await suite.newPage();
    const product = pick(0);
    const url = snippetPage(suite.server, {
      attrs: { product },
      commands: [
        [
          'init',
          {
            endpoint: suite.server.collectorUrl,
            surveyId: 'website-nps',
            product,
            messages: { en: hostileMessages },
            reasons: { promoter: ['quality', 'ease'], passive: ['price'], detractor: ['price'] },
            shareLinks: [
              { label: pick(5), url: 'https://example.com/review?q=<script>' },
              ...JS_URLS.map((u) => ({ label: `bad ${u}`, url: u })),
            ],
          },
        ],
        ['show', { force: true }],
      ],
    });
    await page.goto(url);
    await waitForSurvey(page);
    expect(await shadowText(page)).toContain(`${pick(1)} ${product}`);
    expect(await shadowText(page)).toContain(pick(2));
    await chooseScore(page, 10);
    expect(await shadowText(page)).toContain(pick(5));
    // Hostile reason labels are chips whose text is the literal label.
    await expect.poll(() => page.locator('npskit-survey .chip').allTextContents()).toEqual([pick(1), pick(2)]);
    expect(await dangerousNodes(page)).toEqual([]);
    await page.locator('npskit-survey .chip').first().click();
    await submitFollowUp(page, pick(0));
    expect(await shadowText(page)).toContain(pick(4));
    // Only the http(s) share link survives, normalised; every javascript:/data:/protocol-relative one is refused.
    const links = await page.locator('npskit-survey a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['https://example.com/review?q=%3Cscript%3E']);
    expect(await dangerousNodes(page)).toEqual([]);
    expect(await xssRan(page)).toBeUndefined();
    const records = await waitForStore(suite.server, (r) =>
      r.some((x) => x.comment === pick(0) && x.status === 'completed'),
    );
    const record = records.find((x) => x.comment === pick(0));
    expect(record?.reasons).toEqual(['quality']);
  });

  it('refuses a hostile reason tag (it would be stored and sent) with an error event, not a broken survey', async () => {
    const { page } = await suite.newPage({ init: [{ fn: recordEmbedEvents }] });
    await page.goto(
      snippetPage(suite.server, {
        commands: [
          ['init', { reasons: { detractor: [pick(0)] } }],
          ['show', { force: true }],
        ],
      }),
    );
    await expect.poll(async () => (await embedEvents(page)).map((e) => e.type)).toContain('error');
    expect(await page.locator('npskit-survey').count()).toBe(0);
    expect(await xssRan(page)).toBeUndefined();
  });

  it('treats hostile data-* attributes and locale overrides (fa, RTL) as text', async () => {
    const { page } = await suite.newPage();
    const url = snippetPage(suite.server, {
      attrs: {
        product: pick(2),
        locale: 'fa',
        position: pick(1),
        theme: pick(0),
        'sample-rate': pick(3),
        delay: pick(5),
      },
      commands: [
        ['init', { messages: { fa: { question: `${pick(6)} {product}`, lowLabel: pick(7) } } }],
        ['show', { force: true }],
      ],
    });
    await page.goto(url);
    await waitForSurvey(page);
    // Invalid position/theme/sample rate are refused (defaults used); the text options are shown as text.
    expect(await shadowText(page)).toContain(`${pick(6)} ${pick(2)}`);
    expect(await shadowText(page)).toContain(pick(7));
    expect(await page.locator('npskit-survey .root').getAttribute('dir')).toBe('rtl');
    expect(await dangerousNodes(page)).toEqual([]);
    expect(await xssRan(page)).toBeUndefined();
  });

  it('sends answers to the configured endpoint even when the host polluted Object.prototype', async () => {
    const evil = `${suite.server.origin}/evil-collect`;
    const pollute = (target: string) => {
      const proto = Object.prototype as Record<string, unknown>;
      for (const key of ['endpoint', 'collectorUrl', 'url']) proto[key] = target;
      proto['debug'] = true;
      proto['sampleRate'] = 0;
      proto['surveyId'] = 'hijacked';
      proto['position'] = 'modal';
      proto['preview'] = true;
    };
    const { page } = await suite.newPage({ init: [{ fn: pollute, arg: evil }] });
    // `__proto__` as an own key, as JSON.parse makes it: must not become the prototype of the config.
    const url = snippetPage(suite.server, {
      attrs: {},
      commands: [['show', { force: true }]],
      body: '<p id="host-text">polluted</p>',
    });
    await page.goto(url);
    await page.evaluate((target) => {
      const w = window as unknown as { npskit: (...args: unknown[]) => void };
      w.npskit(
        'init',
        JSON.parse(`{"endpoint":"${location.origin}/collect","__proto__":{"endpoint":"${target}","debug":true}}`),
      );
      w.npskit('show', { force: true });
    }, evil);
    await waitForSurvey(page);
    await chooseScore(page, 4);
    await submitFollowUp(page, 'polluted prototype');
    const records = await waitForStore(suite.server, (r) =>
      r.some((x) => x.comment === 'polluted prototype' && x.status === 'completed'),
    );
    const record = records.find((x) => x.comment === 'polluted prototype');
    expect(record?.surveyId).toBe('website-nps');
    expect(record?.preview).not.toBe(true);
    expect(suite.server.served.filter((p) => p.includes('evil'))).toEqual([]);
    expect(await page.locator('npskit-survey dialog').count()).toBe(0);
  });
});
