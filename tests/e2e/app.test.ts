import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, screenshot, watchErrors } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openApp(query = '', viewport = { width: 1440, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors = watchErrors(page);
  await page.goto(appUrl(query));
  await page.locator('svg[data-layout="settled"]').waitFor();
  return { page, errors };
}

describe('the built explorer', () => {
  it('opens on the bundled dataset with its title, the map and the article', async () => {
    const { page, errors } = await openApp();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Russia courts a U.S.-trained Syrian rebel brigade');
    expect(await page.locator('[data-actor-id]').count()).toBe(29);
    expect(await page.locator('[data-relation-id]').count()).toBe(62);
    expect(await page.getByRole('region', { name: 'Article' }).locator('mark').count()).toBeGreaterThan(40);
    await screenshot(page, 'explorer-laptop');
    expect(errors).toEqual([]);
    await page.close();
  });
});
