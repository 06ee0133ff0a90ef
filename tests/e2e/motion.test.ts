import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { actorCentre, openApp } from './openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const positions = (page: import('playwright-core').Page) =>
  page.locator('[data-actor-id]').evaluateAll((nodes) => Object.fromEntries(nodes.map((node) => [node.getAttribute('data-actor-id'), node.getAttribute('transform')])));

describe('motion, freezing and reflow', () => {
  it('comes to rest by itself within five seconds of a drag', async () => {
    const { page, close } = await openApp(browser);
    const start = await actorCentre(page, 'turkey');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 5; step++) await page.mouse.move(start.x + step * 12, start.y - step * 8);
    await page.mouse.up();
    const released = Date.now();
    await page.locator('svg[data-layout="settled"]').waitFor({ timeout: 6000 });
    expect(Date.now() - released).toBeLessThan(5500);
    const before = await positions(page);
    await page.waitForTimeout(300);
    expect(await positions(page)).toEqual(before);
    await close();
  });

  it('moves only the dragged actor once the layout is frozen', async () => {
    const { page, close } = await openApp(browser);
    await page.getByRole('button', { name: 'Freeze the layout' }).click();
    expect(await page.getByRole('button', { name: 'Freeze the layout' }).getAttribute('aria-pressed')).toBe('true');
    const before = await positions(page);
    const start = await actorCentre(page, 'isis');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 5; step++) await page.mouse.move(start.x - step * 10, start.y + step * 10);
    await page.mouse.up();
    const after = await positions(page);
    const moved = Object.keys(after).filter((id) => after[id] !== before[id]);
    expect(moved).toEqual(['isis']);
    await close();
  });

  for (const [label, viewport] of [
    ['320 px wide', { width: 320, height: 700 }],
    ['200 % zoom of a 1280 × 800 window', { width: 640, height: 400 }],
  ] as const) {
    it(`reflows at ${label}: nothing wider than the window, the map and its details usable`, async () => {
      const { page, errors, close } = await openApp(browser, '?select=actor:russia', { viewport });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(await page.locator('svg.stance-map-svg').isVisible()).toBe(true);
      expect(await page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent()).toBe('Russia');
      expect(errors).toEqual([]);
      await close();
    });
  }
});
