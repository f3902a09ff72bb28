import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Launches the system's headless Chromium (the same one the widget's browser suite drives). */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? CANDIDATES.find((path) => existsSync(path));
  if (!executablePath || !existsSync(executablePath)) {
    throw new Error(
      "No Chromium found for the benchmark. Install Debian's: `sudo apt-get install chromium` " +
        '(or set CHROMIUM_PATH to a Chromium/Chrome binary).',
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    // Background networking would dial Google hosts mid-measurement; as root Chromium needs --no-sandbox.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
