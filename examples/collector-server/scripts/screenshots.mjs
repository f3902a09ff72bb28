// Takes the docs' screenshots of the demo page and the dashboard, light and dark, with Debian's Chromium.
// Run after `pnpm run build` at the root: `pnpm --filter @npskit/example-collector-server run screenshots`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@npskit/test-chromium';
import { startServers } from '../dist/server.js';

const OUT = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

const dataDir = await mkdtemp(join(tmpdir(), 'npskit-shots-'));
const servers = await startServers({ port: 0, demoPort: 0, dataDir, seedIfEmpty: true });
const browser = await launchChromium();
try {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: 1100, height: 760 }, colorScheme, locale: 'en-US' });
    const demo = await context.newPage();
    await demo.goto(`${servers.demoOrigin}/`);
    await demo.click('#ask-now');
    await demo.waitForFunction(() =>
      document.querySelector('npskit-survey')?.shadowRoot?.querySelector('[role="radiogroup"]'),
    );
    await demo.waitForTimeout(400);
    await demo.screenshot({ path: join(OUT, `demo-${colorScheme}.png`) });

    const dashboard = await context.newPage();
    await dashboard.setViewportSize({ width: 1200, height: 900 });
    await dashboard.goto(`${servers.collectorOrigin}/dashboard?days=180`);
    await dashboard.screenshot({ path: join(OUT, `dashboard-${colorScheme}.png`), fullPage: true });
    await context.close();
  }
  console.log(`Screenshots written to ${OUT}`);
} finally {
  await browser.close();
  await servers.close();
  await rm(dataDir, { recursive: true, force: true });
}
