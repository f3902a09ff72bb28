import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '@npskit/test-chromium';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startServer, type TestServer, WIDGET_DIST } from './server';

/** What a page said or threw that did not come from the network stack. */
export interface HostLog {
  /** Console API output (console.log/info/warn/error/debug…) from any script on the page. */
  console: string[];
  /** Uncaught exceptions and unhandled rejections. */
  errors: string[];
  /** Browser-generated network messages ("Failed to load resource: …"), kept apart: fault tests cause them on purpose. */
  network: string[];
}

export interface PageOptions extends BrowserContextOptions {
  /** Scripts run before the page's own, in order (functions are serialised, so they cannot close over Node values). */
  init?: Array<string | (() => unknown) | { fn: (arg: never) => unknown; arg?: unknown }>;
  /**
   * Console output is expected (debug mode). Without it, afterEach fails the test when the page wrote anything to
   * the console or threw: npskit must be silent and harmless unless asked to talk.
   */
  allowConsole?: boolean;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  log: HostLog;
}

export interface Suite {
  readonly browser: Browser;
  readonly server: TestServer;
  /** A fresh context (empty storage) with one page, watched for console output and uncaught errors. */
  newPage(options?: PageOptions): Promise<OpenedPage>;
}

const NETWORK_MESSAGE = /^Failed to load resource: /;

/** Fails with the build command when the widget's CDN build is missing, instead of a confusing timeout. */
export function requireBuild(): void {
  const loader = join(WIDGET_DIST, 'cdn', 'npskit.js');
  if (!existsSync(loader)) {
    throw new Error(
      `The browser suite tests the built bundle, and ${loader} is missing. Run: pnpm --filter @npskit/widget run build`,
    );
  }
}

/**
 * One Chromium and one local server per test file; one context per test, closed after it. After each test,
 * every page opened through `newPage` must have logged nothing and thrown nothing (issue 6, item 6: no
 * harm to the host page), unless it opted in with `allowConsole`.
 */
export function useSuite(): Suite {
  let browser: Browser | undefined;
  let server: TestServer | undefined;
  const open: Array<{ context: BrowserContext; log: HostLog; allowConsole: boolean }> = [];

  beforeAll(async () => {
    requireBuild();
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    const pages = open.splice(0);
    await Promise.all(pages.map((p) => p.context.close().catch(() => {})));
    for (const p of pages) {
      expect(p.log.errors, 'uncaught errors in the host page').toEqual([]);
      if (!p.allowConsole) expect(p.log.console, 'console output in the host page').toEqual([]);
    }
  });

  return {
    get browser() {
      if (!browser) throw new Error('useSuite(): the browser is only available inside tests and hooks');
      return browser;
    },
    get server() {
      if (!server) throw new Error('useSuite(): the server is only available inside tests and hooks');
      return server;
    },
    async newPage(options = {}) {
      const { init = [], allowConsole = false, ...contextOptions } = options;
      if (!browser) throw new Error('useSuite(): newPage() called outside a test');
      const context = await browser.newContext(contextOptions);
      for (const script of init) {
        if (typeof script === 'string' || typeof script === 'function') await context.addInitScript(script);
        else await context.addInitScript(script.fn as (arg: unknown) => unknown, script.arg);
      }
      const page = await context.newPage();
      const log: HostLog = { console: [], errors: [], network: [] };
      page.on('console', (message) => {
        const text = message.text();
        if (NETWORK_MESSAGE.test(text)) log.network.push(text);
        else log.console.push(`${message.type()}: ${text}`);
      });
      page.on('pageerror', (error) => log.errors.push(String(error)));
      open.push({ context, log, allowConsole });
      return { page, context, log };
    },
  };
}
