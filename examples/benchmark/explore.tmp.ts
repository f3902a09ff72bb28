import { writeFileSync } from 'node:fs';
import { launchChromium } from '@npskit/test-chromium';
import { benchPage } from './src/pages';
import { startBenchServer } from './src/server';

const server = await startBenchServer();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  server.page('/blank', '<!doctype html><title>blank</title>');
  await page.goto(`${server.origin}/blank`);
  const url = server.page(`/npskit-show`, benchPage('npskit', 'show', server.origin));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync('/tmp/perfx/prof.json', JSON.stringify(profile));
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
