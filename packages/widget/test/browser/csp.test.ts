import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { snippetPage } from './support/pages';
import { useSuite } from './support/session';
import { chooseScore, submitFollowUp, waitForStore, waitForSurvey } from './support/survey';

// Issue 6, item 2: the strictest CSP a site is likely to run, with Trusted Types required. The stub and the
// queued commands are an external same-origin script, because `script-src 'self'` forbids inline code.
const suite = useSuite();

function policy(collectorUrl: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${collectorUrl}`,
    "require-trusted-types-for 'script'",
  ].join('; ');
}

// Collects every violation the page reports, including those from inside shadow roots (the event is composed).
function collectViolations(): void {
  const w = window as unknown as { __violations: string[] };
  w.__violations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      w.__violations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    true,
  );
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('a page with a strict CSP and Trusted Types', () => {
  const cases = [
    { name: 'bottom-right card, English', init: {}, score: 9 },
    {
      name: 'modal, Persian (a lazily loaded locale chunk), dark',
      init: { position: 'modal', locale: 'fa', theme: 'dark' },
      score: 2,
    },
  ];
  for (const c of cases) {
    it(`shows, takes an answer and delivers it with zero violations: ${c.name}`, async () => {
      const { page } = await suite.newPage({ init: [{ fn: collectViolations }] });
      const comment = `csp ${c.name}`;
      const url = snippetPage(suite.server, {
        externalStub: true,
        commands: [
          ['init', { endpoint: suite.server.collectorUrl, surveyId: 'website-nps', ...c.init }],
          ['show', { force: true }],
        ],
        headers: { 'Content-Security-Policy': policy(suite.server.collectorUrl) },
      });
      const response = await page.goto(url);
      expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
      await waitForSurvey(page);
      await chooseScore(page, c.score);
      await submitFollowUp(page, comment);
      const records = await waitForStore(suite.server, (r) =>
        r.some((x) => x.comment === comment && x.status === 'completed'),
      );
      const record = records.find((x) => x.comment === comment);
      expect(record?.score).toBe(c.score);
      expect(record?.status).toBe('completed');
      // A locale chunk that failed to load would fall back to English: the record says which one was shown.
      if ('locale' in c.init) expect(record?.locale).toBe(c.init.locale);
      expect(await violations(page)).toEqual([]);
    });
  }

  it('really enforces the policy (an inline script on the same page is refused and reported)', async () => {
    // Proves the harness: if this page did not report violations, "zero violations" above would mean nothing.
    const { page, log } = await suite.newPage({ init: [{ fn: collectViolations }], allowConsole: true });
    const url = suite.server.page(
      '/csp-canary',
      '<!doctype html><title>canary</title><script>window.__ran = true</script>',
      {
        headers: { 'Content-Security-Policy': policy(suite.server.collectorUrl) },
      },
    );
    await page.goto(url);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await expect.poll(() => violations(page)).toEqual([expect.stringContaining('script-src')]);
    expect(log.console.join('\n')).toContain('Content Security Policy');
  });
});
