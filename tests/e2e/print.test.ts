import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { openApp } from './openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('printing', () => {
  it('prints the map without its controls, every label visible, then every relation with its passages', async () => {
    const { page, close } = await openApp(browser, '?select=actor:russia', { viewport: { width: 1000, height: 1300 } });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    for (const hidden of ['.details-panel', '.article-reader', '.search-box', '.map-controls', '.header-actions']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('svg.stance-map-svg').isVisible()).toBe(true);
    // The key prints whole, folded on screen or not, without its switch.
    expect(await page.locator('.map-key-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.map-key .legend').isVisible()).toBe(true);
    expect(await page.locator('.map-key-toggle').isVisible()).toBe(false);
    // Selection and hover dim the map on screen; on paper every actor and line is at full strength.
    const opacities = await page.locator('.actor, .relation').evaluateAll((elements) => [...new Set(elements.map((element) => getComputedStyle(element).opacity))]);
    expect(opacities).toEqual(['1']);
    // Stance colours survive printing.
    expect(await page.locator('[data-stance="hostility"] .relation-line').first().evaluate((line) => getComputedStyle(line).stroke)).toBe('rgb(213, 94, 0)');
    const list = page.locator('.print-relations');
    expect(await list.isVisible()).toBe(true);
    expect(await list.locator('li').count()).toBe(62);
    expect(await list.locator('blockquote').count()).toBeGreaterThanOrEqual(62);
    expect(await list.textContent()).toContain('https://www.thedailybeast.com/russia-is-trying-to-poach-us-trained-rebels-with-unlimited-weapons-in-syria');
    await screenshot(page, 'print-preview');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await close();
  });
});
