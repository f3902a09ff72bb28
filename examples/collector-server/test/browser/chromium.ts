import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

// Same flags as the widget's browser suite: no sandbox as root, and no background calls to Google hosts,
// which this network refuses.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches headless Debian Chromium (or CHROMIUM_PATH), failing with the fix when it is missing. */
export function launchChromium(): Promise<Browser> {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}: \`sudo apt-get install chromium\` or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: path, headless: true, args: ARGS });
}
