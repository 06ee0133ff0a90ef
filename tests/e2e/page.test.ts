/**
 * The page around the map, measured at four screens: how much of the window the map takes, the
 * embed's height in a host page, and the passage sheets that open over the map on small screens.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, screenshot } from './browser';
import { startHostServer, type HostServer } from './hostServer';
import { openApp } from './openApp';

let browser: Browser;
let host: HostServer;
beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHostServer();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** The share of the window (the first screen, before any scrolling) that the map's box covers. */
const mapShare = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('.stance-map')!.getBoundingClientRect();
    const width = Math.max(0, Math.min(box.right, window.innerWidth) - Math.max(box.left, 0));
    const height = Math.max(0, Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0));
    return (width * height) / (window.innerWidth * window.innerHeight);
  });

/** Whether an element is wholly inside the window and inside its scrolling panel as it is now, unscrolled. */
const wholeInView = (page: Page, panelSelector: string, selector: string) =>
  page.evaluate(
    ({ panelSelector, selector }) => {
      const panel = document.querySelector(panelSelector)!;
      const element = panel.querySelector(selector)!;
      const box = element.getBoundingClientRect();
      const frame = panel.getBoundingClientRect();
      return panel.scrollTop === 0 && box.top >= frame.top && box.bottom <= frame.bottom && box.top >= 0 && box.bottom <= window.innerHeight;
    },
    { panelSelector, selector },
  );

describe('the map is the page', () => {
  describe.concurrent('at each screen', () => {
    for (const [name, viewport, query, touch, least] of [
      ['laptop 1280×720', { width: 1280, height: 720 }, '', false, 0.6],
      ['desktop 1440×900', { width: 1440, height: 900 }, '', false, 0.6],
      ['phone 390×844, first screen', { width: 390, height: 844 }, '', true, 0.55],
      ['embed column 720×600', { width: 720, height: 600 }, '?embed=1', false, 0.8],
    ] as const) {
      it(`takes at least ${Math.round(least * 100)} % of the window: ${name}`, async ({ expect }) => {
        const { page, errors, close } = await openApp(browser, query, { viewport, hasTouch: touch });
        expect(await mapShare(page)).toBeGreaterThanOrEqual(least);
        // Nothing scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
        await screenshot(page, `page-${viewport.width}x${viewport.height}${query ? '-embed' : ''}`);
        expect(errors).toEqual([]);
        await close();
      });
    }
  });

  it('keeps the details and the article beside the map on a laptop', async () => {
    const { page, close } = await openApp(browser, '?select=relation:pentagon-bonus-not-delivered', { viewport: { width: 1280, height: 720 } });
    const map = (await page.locator('.stance-map').boundingBox())!;
    const details = (await page.getByRole('complementary', { name: 'Details' }).boundingBox())!;
    const article = (await page.getByRole('region', { name: 'Article' }).boundingBox())!;
    expect(details.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
    expect(article.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
    expect(article.y).toBeGreaterThanOrEqual(details.y + details.height - 1);
    expect(await mapShare(page)).toBeGreaterThanOrEqual(0.6);
    await close();
  });

  it('on a phone, reaches every filter without a sideways scroller, and opens a selection in a sheet that leaves most of the map', async () => {
    const { page, close } = await openApp(browser, '', { viewport: { width: 390, height: 844 }, hasTouch: true });
    await page.getByRole('button', { name: 'Key', exact: true }).tap();
    const legend = page.getByRole('region', { name: 'Legend and filters' });
    const toggles = legend.getByRole('button');
    expect(await toggles.count()).toBeGreaterThan(5);
    for (const box of await toggles.evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    expect(await legend.evaluate((element) => [...element.querySelectorAll('*'), element].every((child) => child.scrollWidth <= child.clientWidth + 1))).toBe(true);
    await page.getByRole('button', { name: 'Key', exact: true }).tap();
    await close();

    const selected = await openApp(browser, '?select=relation:pentagon-bonus-not-delivered', { viewport: { width: 390, height: 844 }, hasTouch: true });
    // The sheet is measured once its details have loaded: before, it is a strip at the bottom.
    await selected.page.locator('.details-panel .evidence-quote').first().waitFor();
    const sheet = (await selected.page.getByRole('complementary', { name: 'Details' }).boundingBox())!;
    expect(sheet.height).toBeLessThanOrEqual(844 * 0.45 + 1);
    expect(await wholeInView(selected.page, '.details-panel', '.close-button')).toBe(true);
    expect(await wholeInView(selected.page, '.details-panel', '.evidence-quote')).toBe(true);
    // Scrolled to its end, the sheet still shows its close button.
    await selected.page.locator('.details-panel').evaluate((panel) => panel.scrollTo(0, panel.scrollHeight));
    const closeButton = (await selected.page.getByRole('button', { name: 'Close details' }).boundingBox())!;
    expect(closeButton.y).toBeGreaterThanOrEqual(sheet.y);
    expect(closeButton.y + closeButton.height).toBeLessThanOrEqual(sheet.y + sheet.height);
    await screenshot(selected.page, 'page-phone-sheet');
    await selected.close();
  });
});

describe('the embed in a host page', () => {
  it('is no taller than about one phone screen at 358 px wide, with embed.js', async () => {
    host.setPage('/column.html', `<!doctype html><html><head><meta charset="utf-8"><title>Host</title><style>body{margin:0} main{padding:16px}</style></head>
<body><main><p>Before the map.</p><iframe data-stancemap title="Map" src="${appUrl('embed.html')}" style="border:0;width:100%" height="150"></iframe><p>After the map.</p></main>
<script src="${appUrl('embed.js')}"></script></body></html>`);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(host.url('/column.html'));
    const frame = (await (await page.waitForSelector('iframe[data-stancemap]', { state: 'attached' })).contentFrame())!;
    await frame.waitForSelector('svg[data-layout="settled"]', { state: 'attached' });
    const iframe = page.locator('iframe[data-stancemap]');
    expect(await iframe.evaluate((element) => element.getBoundingClientRect().width)).toBe(358);
    const content = await frame.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height));
    await expect.poll(() => iframe.evaluate((element) => element.getBoundingClientRect().height)).toBe(content);
    expect(content).toBeLessThanOrEqual(560);
    // The key is folded on the map, and the source is one line.
    expect(await frame.getByRole('button', { name: 'Key', exact: true }).getAttribute('aria-expanded')).toBe('false');
    expect(await frame.locator('.embed-source').evaluate((element) => element.getBoundingClientRect().height)).toBeLessThanOrEqual(26);
    await page.screenshot({ path: 'test-results/screenshots/page-embed-358.png', fullPage: true });
    await page.close();
  });

  it('shows a passage over a narrow map with its close button and its first quote in view', async () => {
    const { page, close } = await openApp(browser, '?embed=1&select=relation:pentagon-bonus-not-delivered', { viewport: { width: 390, height: 700 }, hasTouch: true });
    expect(await wholeInView(page, '.details-panel', '.close-button')).toBe(true);
    expect(await wholeInView(page, '.details-panel', '.evidence-quote')).toBe(true);
    await screenshot(page, 'page-embed-passage');
    await close();
  });
});
