import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, watchErrors } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the standalone file', () => {
  it('opens from disk with the network off, and the map works', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true });
    const requests: string[] = [];
    await context.route(/^(?!file:)/, (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const file = pathToFileURL(resolve('dist-standalone/stancemap.html')).href;
    await page.goto(file);
    await page.locator('svg[data-layout="settled"]').waitFor();
    expect(await page.locator('[data-actor-id]').count()).toBe(29);
    const russia = (await page.locator('[data-actor-id="russia"] .actor-shape').boundingBox())!;
    await page.mouse.click(russia.x + russia.width / 2, russia.y + russia.height / 2);
    await expect.poll(() => page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent()).toBe('Russia');
    await page.goto(`${file}?present=1&step=2`);
    await page.locator('svg[data-layout="settled"]').waitFor();
    expect(await page.getByRole('region', { name: 'Story step' }).getByRole('heading', { level: 1 }).count()).toBe(1);
    await screenshot(page, 'standalone-offline');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
