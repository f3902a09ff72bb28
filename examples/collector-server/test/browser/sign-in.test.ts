import { launchChromium } from '@npskit/test-chromium';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/auth/password.js';
import { type RunningServers, startServers } from '../../src/server.js';

const PASSWORD = 'a passphrase for the test';
let servers: RunningServers;
let browser: Browser;

beforeAll(async () => {
  servers = await startServers({
    port: 0,
    demoPort: 0,
    auth: { users: [{ username: 'ops', passwordHash: await hashPassword(PASSWORD) }] },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await servers?.close();
});

describe('signing in to the dashboard in Chromium', () => {
  it('goes from the dashboard link to the form and back, keeps the session, and signs out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${servers.collectorOrigin}/dashboard?days=30`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.fill('input[name="username"]', 'ops');
    await page.fill('input[name="password"]', 'not the password');
    await page.click('button[type="submit"]');
    expect(await page.locator('[role="alert"]').textContent()).toBe('Wrong user name or password.');
    await page.fill('input[name="username"]', 'ops');
    await page.fill('input[name="password"]', PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/dashboard\?days=30$/);
    expect(await page.locator('h1').textContent()).toBe('npskit dashboard');
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'npskit_session', httpOnly: true, sameSite: 'Lax' });
    // The JSON link of the footer works with the same session.
    const api = await page.request.get(`${servers.collectorOrigin}/api/summary?days=30`);
    expect(api.status()).toBe(200);
    await page.click('form.sign-out button');
    await page.waitForURL(/\/login$/);
    expect((await page.request.get(`${servers.collectorOrigin}/api/summary`)).status()).toBe(401);
    await context.close();
  });
});
