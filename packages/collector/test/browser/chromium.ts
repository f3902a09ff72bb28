import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Launches a system Chromium headless; fails loudly (never skips) when there is none. */
export function launchChromium(): Promise<Browser> {
  const executablePath = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((path) => path && existsSync(path));
  if (!executablePath) {
    throw new Error('No Chromium found: `apt-get install chromium` or set CHROMIUM_PATH to a Chromium/Chrome binary.');
  }
  return chromium.launch({
    executablePath,
    headless: true,
    // The sandboxed network refuses Google hosts; as root Chromium also needs --no-sandbox.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** The collector built for the browser from source, ky included: what a page actually runs. */
export async function browserBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    root: fileURLToPath(new URL('../..', import.meta.url)),
    logLevel: 'silent',
    resolve: { conditions: ['@npskit/source'] },
    build: {
      write: false,
      target: 'es2020',
      minify: false,
      lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'collector' },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as { output: { code: string }[] };
  return output.output[0]?.code ?? '';
}
