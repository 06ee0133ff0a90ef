import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, screenshot, watchErrors } from './browser';
import { LAPTOP, PHONE } from './openApp';
import { fitBox } from '../../src/components/graph/mapBehaviour';
import { layoutDataset } from '../../src/layout/layoutDataset';
import { applyShape, shapeNode, shapeToBox } from '../../src/layout/shapeToBox';
import { loadFixture } from '../fixtures';

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

/** Where each actor is in map units (its element's translate), by id. */
const actorPositions = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-actor-id]')].map((element) => {
        const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(element.getAttribute('transform') ?? '')!;
        return [element.getAttribute('data-actor-id')!, { x: Number(x), y: Number(y) }];
      }),
    ),
  );

describe('the first frame, drawn from the HTML before the app’s script has loaded', () => {
  for (const [name, viewport] of [['laptop', LAPTOP]] as const) {
    it(`shows the whole map fitted to its box, which the app then shapes to the box (${name})`, async () => {
      const early = await openWithoutApp('', viewport);
      await early.page.locator('[data-first-frame="prerendered"] svg.stance-map-svg').waitFor();
      const before = await actorCentres(early.page);
      const framePositions = await actorPositions(early.page);
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
      // The app draws the frame's drawing shaped to the map's box, now that its size is known
      // (shapeToBox: turned and spread, never re-laid out): each actor where the shape puts it.
      const appMap = (await page.locator('svg.stance-map-svg').boundingBox())!;
      const { graph } = layoutDataset(loadFixture('russia-poach-rebels-2016'));
      const nodes = graph.nodes.map((node) => shapeNode({ ...node, ...framePositions[node.id]! }));
      const shape = shapeToBox(nodes, fitBox(appMap.width, appMap.height));
      const after = await actorPositions(page);
      for (const node of graph.nodes) {
        const expected = applyShape(framePositions[node.id]!, shape);
        // Transforms are written to a tenth of a unit.
        expect(Math.abs(after[node.id]!.x - expected.x), node.id).toBeLessThan(0.2);
        expect(Math.abs(after[node.id]!.y - expected.y), node.id).toBeLessThan(0.2);
      }
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

  it('is not shown on a phone, where the app opens in blocs and the frame has every actor', async () => {
    const { page, close } = await openWithoutApp('', PHONE);
    await page.waitForLoadState('load');
    expect(await page.locator('#root').innerHTML()).toBe('');
    await close();
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const app = await context.newPage();
    await app.goto(appUrl());
    await app.locator('svg[data-layout="settled"]').waitFor();
    expect(await app.locator('[data-bloc="closed"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('is not shown for a deep link, which opens on its own view once the app has loaded', async () => {
    const { page, close } = await openWithoutApp('?select=actor:russia');
    await page.waitForLoadState('load');
    expect(await page.locator('#root').innerHTML()).toBe('');
    await close();
  });
});

describe('embed.html', () => {
  it('carries its first frame, drawn in blocs as an article column opens it, and the embed view replaces it', async () => {
    const context = await browser.newContext({ viewport: { width: 700, height: 600 } });
    const page = await context.newPage();
    const response = await page.goto(appUrl('embed.html'));
    const html = await response!.text();
    expect(html).toMatch(/<template id="first-frame" data-blocs="all" data-blocs-below="\d+"><div class="embed">/);
    await page.locator('svg[data-layout="settled"]').waitFor();
    expect(await page.locator('svg.stance-map-svg').count()).toBe(1);
    expect(await page.locator('#root').getAttribute('inert')).toBeNull();
    // The app opens alike: Russia's bloc closed, holding Putin and the Russian contact.
    const russia = page.getByRole('button', { name: /^Russia · 3, a bloc of 3 actors/ });
    expect(await russia.count()).toBe(1);
    expect(await russia.getAttribute('data-bloc')).toBe('closed');
    await context.close();
  });
});
