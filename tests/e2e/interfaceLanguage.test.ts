import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { appUrl, launchBrowser, screenshot } from './browser';
import { openApp } from './openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const catalogue = (locale: string) => JSON.parse(readFileSync(`public/locales/${locale}.json`, 'utf8')) as Record<string, string>;
const ar = catalogue('ar');
const fr = catalogue('fr');

const pageDirection = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir || 'ltr' }));
/** Where an element's box lies across the window: its left and right edges as fractions of the width. */
const across = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { left: box.left / innerWidth, right: box.right / innerWidth };
  });

describe.concurrent('the interface in the reader’s language', () => {
  it('speaks Arabic with ?lang=ar, right to left, the layout mirrored around the map', async ({ expect }) => {
    const { page, errors, close } = await openApp(browser, '?lang=ar&select=relation:pentagon-bonus-not-delivered');
    expect(await pageDirection(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.getByRole('button', { name: ar['Zoom in'] }).waitFor();
    // The zoom buttons keep to the map's inline end, now its left; the details panel is on the left of the map.
    const map = await across(page, '.stance-map');
    expect((await across(page, '.map-controls')).left - map.left).toBeLessThan(0.05);
    const detailsPanel = await across(page, '.details-panel');
    expect(detailsPanel.right).toBeLessThanOrEqual(map.left + 0.01);
    // The relation reads from its source, on the right, to its target, on the left, the arrow pointing there.
    const heading = page.getByRole('complementary', { name: ar['Details'] }).getByRole('heading', { level: 2 });
    // The source starts the line at its right; the stance and its arrow follow to its left.
    const right = (selector: string) => heading.locator(selector).first().evaluate((element) => element.getBoundingClientRect().right);
    expect(await right('button')).toBeGreaterThan(await right('.stance-word'));
    expect(await heading.locator('.stance-word').textContent()).toBe(`— ${ar['payment']} ←`);
    // The article's text keeps its own direction: the bundled article is English.
    expect(await page.locator('.article-body').evaluate((body) => getComputedStyle(body).direction)).toBe('ltr');
    expect(errors).toEqual([]);
    await screenshot(page, 'interface-arabic');
    await close();
  });

  it('speaks French with ?lang=fr, left to right', async ({ expect }) => {
    const { page, close } = await openApp(browser, '?lang=fr');
    expect(await pageDirection(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    await page.getByRole('button', { name: fr['Zoom out'] }).waitFor();
    expect(await page.getByRole('button', { name: 'Zoom out', exact: true }).count()).toBe(0);
    await close();
  });

  it('follows the browser’s language when the address names none', async ({ expect }) => {
    const context = await browser.newContext({ locale: 'fr-CA', viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(appUrl(''));
    await page.locator('svg[data-layout="settled"]').waitFor();
    expect(await pageDirection(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    await page.getByRole('button', { name: fr['Zoom in'] }).waitFor();
    await context.close();
  });

  it('stays in English for a language it does not speak, and when the catalogue cannot be fetched', async ({ expect }) => {
    const unknown = await openApp(browser, '?lang=xx');
    expect(await pageDirection(unknown.page)).toEqual({ lang: 'en', dir: 'ltr' });
    await unknown.page.getByRole('button', { name: 'Zoom in', exact: true }).waitFor();
    await unknown.close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.route('**/locales/ar.json', (route) => route.abort());
    await page.goto(appUrl('?lang=ar'));
    await page.locator('svg[data-layout="settled"]').waitFor();
    expect(await pageDirection(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await page.getByRole('button', { name: 'Zoom in', exact: true }).waitFor();
    await context.close();
  });

  it('walks an Arabic presentation leftwards: ← is the next step, → the previous, the buttons mirrored', async ({ expect }) => {
    const { page, errors, close } = await openApp(browser, '?lang=ar&present=1&step=2', { viewport: { width: 1280, height: 720 } });
    const stepInUrl = () => new URL(page.url()).searchParams.get('step');
    expect(stepInUrl()).toBe('2');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(stepInUrl).toBe('3');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(stepInUrl).toBe('1');
    // The next step's button is on the left of the previous one's, and its arrow points left.
    const next = page.getByRole('button', { name: ar['Next step'] });
    const previous = page.getByRole('button', { name: ar['Previous step'] });
    expect((await next.boundingBox())!.x).toBeLessThan((await previous.boundingBox())!.x);
    expect(await next.textContent()).toBe('←');
    expect(errors).toEqual([]);
    await screenshot(page, 'interface-arabic-presentation');
    await close();
  });

  it('lists a broken dataset’s problems in Arabic, each at its place in the file', async ({ expect }) => {
    const small = JSON.parse(readFileSync('data/fixtures/small.json', 'utf8')) as { relations: Record<string, unknown>[] };
    const [first, ...rest] = small.relations;
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.route('**/journalist/dataset.json', (route) => route.fulfill({ json: { ...small, relations: [{ ...first, stance: 'alliance' }, ...rest] } }));
    await page.goto(appUrl('embed.html?lang=ar&data=journalist/dataset.json'));
    await page.waitForSelector('.dataset-problems li');
    expect(await page.textContent('.dataset-problems h1')).toBe(ar['This dataset cannot be shown yet']);
    // The path stays as the file has it; the words around it are Arabic.
    const problem = await page.locator('.dataset-problems li').first().textContent();
    expect(problem).toContain('relations[0].stance');
    // "is not one of" in the catalogue's words: what stands between the value and the colon.
    const isNotOneOf = ar['{value} is not one of: {options}{suggestion}.']!.split('{value}')[1]!.split(':')[0]!.trim();
    expect(isNotOneOf.length).toBeGreaterThan(3);
    expect(problem).toContain(isNotOneOf);
    await context.close();
  });

  it('speaks Arabic in embed.html with ?lang=ar', async ({ expect }) => {
    const context = await browser.newContext({ viewport: { width: 720, height: 600 } });
    const page = await context.newPage();
    await page.goto(appUrl('embed.html?lang=ar'));
    await page.locator('svg[data-layout="settled"]').waitFor();
    expect(await pageDirection(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.getByRole('button', { name: ar['Zoom in'] }).waitFor();
    const map = await across(page, '.stance-map');
    expect((await across(page, '.map-controls')).left - map.left).toBeLessThan(0.05);
    await screenshot(page, 'interface-arabic-embed');
    await context.close();
  });
});
