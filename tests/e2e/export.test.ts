import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR } from './browser';
import { openApp } from './openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function exportAs(page: Page, name: RegExp, savedAs: string): Promise<Buffer> {
  if ((await page.locator('details.image-export-menu').getAttribute('open')) === null) await page.locator('details.image-export-menu > summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = `${SCREENSHOT_DIR}/${savedAs}`;
  await download.saveAs(path);
  expect(download.suggestedFilename()).toBe(savedAs.replace(/^export-/, ''));
  return readFileSync(path);
}

describe('exporting the map', () => {
  it('saves a PNG at twice the on-screen size and an SVG of the same view, with title, legend and credit', async () => {
    const { page, close } = await openApp(browser, '?select=relation:russia-offers-weapons-and-air-support');
    const map = (await page.locator('svg.stance-map-svg').boundingBox())!;

    const svgText = (await exportAs(page, /Vector \(SVG\)/, 'export-russia-poach-rebels-2016-map.svg')).toString('utf8');
    const svgSize = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = document.documentElement;
      return { error: document.querySelector('parsererror')?.textContent ?? null, width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')), text: root.textContent };
    }, svgText);
    expect(svgSize.error).toBeNull();
    expect(svgSize.width).toBe(Math.round(map.width));
    expect(svgSize.height).toBeGreaterThan(map.height);
    expect(svgSize.text).toContain('Russia courts a U.S.-trained Syrian rebel brigade');
    expect(svgSize.text).toContain('The Daily Beast');
    expect(svgSize.text).toContain('hostility');

    const png = await exportAs(page, /Image \(PNG/, 'export-russia-poach-rebels-2016-map.png');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR: width and height as big-endian integers at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(svgSize.width * 2);
    expect(png.readUInt32BE(20)).toBe(svgSize.height * 2);
    await close();
  });
});
