import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, screenshot, watchErrors } from './browser';
import { LAPTOP, PHONE } from './openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page whose app script never arrives (a slow network, frozen): what the HTML alone draws. */
async function openWithoutApp(query = '', viewport = LAPTOP) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
  await page.goto(appUrl(query));
  return { page, close: () => context.close() };
}

/** Where each actor's shape is on screen, by id. */
const actorCentres = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-actor-id]')].map((element) => {
        const box = element.querySelector('.actor-shape')!.getBoundingClientRect();
        return [element.getAttribute('data-actor-id')!, { x: box.x + box.width / 2, y: box.y + box.height / 2 }];
      }),
    ),
  );

describe('the first frame, drawn from the HTML before the app’s script has loaded', () => {
  for (const [name, viewport] of [['laptop', LAPTOP], ['phone', PHONE]] as const) {
    it(`shows the whole map fitted to its box, where the app then draws it (${name})`, async () => {
      const early = await openWithoutApp('', viewport);
      await early.page.locator('[data-first-frame="prerendered"] svg.stance-map-svg').waitFor();
      const before = await actorCentres(early.page);
      const map = (await early.page.locator('svg.stance-map-svg').boundingBox())!;
      expect(Object.keys(before)).toHaveLength(29);
      for (const centre of Object.values(before)) {
        expect(centre.x).toBeGreaterThan(map.x);
        expect(centre.x).toBeLessThan(map.x + map.width);
        expect(centre.y).toBeGreaterThan(map.y);
        expect(centre.y).toBeLessThan(map.y + map.height);
      }
      await screenshot(early.page, `first-frame-${name}`);
      // Inert until the app takes over: a click on it does nothing, and nothing in it takes focus.
      await early.page.keyboard.press('Tab');
      expect(await early.page.evaluate(() => document.activeElement === document.body)).toBe(true);
      await early.close();

      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(appUrl());
      await page.locator('svg[data-layout="settled"]').waitFor();
      const after = await actorCentres(page);
      // The app replaces the frame without a jump a reader would notice: the zoom's fit and the
      // view box differ only in how the margin scales.
      const moved = Object.keys(before).map((id) => Math.hypot(after[id]!.x - before[id]!.x, after[id]!.y - before[id]!.y));
      expect(Math.max(...moved)).toBeLessThan(map.width * 0.05);
      expect(await page.locator('svg.stance-map-svg').count()).toBe(1);
      expect(await page.locator('#root').getAttribute('inert')).toBeNull();
      expect(await page.evaluate(() => performance.getEntriesByName('stancemap:first-frame').length)).toBe(1);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('draws its text in one font per typeface, and in five faces', async () => {
    // Each font the frame needs is looked up and loaded on the main thread in the frame's first
    // layout (~4 ms a face here, more for a character that no face of its typeface has: the
    // browser then searches every installed font). Most of what the frame costs beyond a bare SVG.
    const { page, close } = await openWithoutApp();
    await page.locator('[data-first-frame="prerendered"] svg.stance-map-svg').waitFor();
    // Elements with text of their own that the frame draws (a closed <details> draws nothing), in document order.
    const typefaces = await page.evaluate(() =>
      [...document.querySelectorAll('#root *')].map((element) =>
        element.checkVisibility() && [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) ? getComputedStyle(element).fontFamily : null,
      ),
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '#root *' });
    expect(nodeIds).toHaveLength(typefaces.length);
    const fontsByTypeface = new Map<string, Set<string>>();
    const faces = new Set<string>();
    for (const [i, typeface] of typefaces.entries()) {
      if (typeface === null) continue;
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: nodeIds[i]! });
      for (const font of fonts) {
        fontsByTypeface.set(typeface, (fontsByTypeface.get(typeface) ?? new Set()).add(font.familyName));
        faces.add(font.postScriptName);
      }
    }
    expect(fontsByTypeface.size).toBeGreaterThan(1);
    for (const [typeface, fonts] of fontsByTypeface) expect([...fonts], typeface).toHaveLength(1);
    // Regular and bold of the interface's typeface; regular, bold (the title) and italic (the dek) of the article's.
    expect([...faces].sort()).toHaveLength(5);
    await close();
  });

  it('is not shown for a deep link, which opens on its own view once the app has loaded', async () => {
    const { page, close } = await openWithoutApp('?select=actor:russia');
    await page.waitForLoadState('load');
    expect(await page.locator('#root').innerHTML()).toBe('');
    await close();
  });
});

describe('embed.html', () => {
  it('carries its first frame, and the embed view replaces it', async () => {
    const context = await browser.newContext({ viewport: { width: 700, height: 600 } });
    const page = await context.newPage();
    const response = await page.goto(appUrl('embed.html'));
    const html = await response!.text();
    expect(html).toMatch(/<template id="first-frame"><div class="embed">/);
    await page.locator('svg[data-layout="settled"]').waitFor();
    expect(await page.locator('svg.stance-map-svg').count()).toBe(1);
    expect(await page.locator('#root').getAttribute('inert')).toBeNull();
    expect(await page.getByRole('button', { name: 'Russia', exact: true }).count()).toBe(1);
    await context.close();
  });
});
