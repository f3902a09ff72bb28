// Plain JavaScript (with index.d.ts beside it) so that Node scripts (.mjs) and TypeScript suites share one launcher.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * Without the background-networking flags Chromium keeps dialling Google hosts, which this sandboxed network
 * refuses (many at a time); as root it also needs --no-sandbox.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]);

/**
 * Finds a system Chromium. Test tools cannot download browsers on our machines, so a missing browser must fail
 * loudly with the fix rather than skip a suite.
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      "No Chromium found for the real-browser tests. Install Debian's: `sudo apt-get install chromium` " +
        '(or set CHROMIUM_PATH to a Chromium/Chrome binary).',
    );
  }
  return found;
}

/** Launches headless system Chromium through playwright-core; extra `args` are added to the sandbox flags. */
export function launchChromium(options = {}) {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
