import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { generateGraph } from '../../scripts/bench/generateGraph';
import { appUrl, downloadedBytes, launchBrowser, screenshot, watchErrors } from './browser';
import { details } from './openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ACTORS = 600;

/**
 * The generated map with two more relations like each of its first 200: the same ends, direction
 * and stance, so each of those pairs is drawn as one line of three relations.
 */
function withRepeatedRelations(dataset: ReturnType<typeof generateGraph>) {
  const again = dataset.relations.slice(0, 200).flatMap((relation) => [2, 3].map((n) => ({ ...relation, id: `${relation.id}-${n}`, summary: `${relation.summary} (${n} of 3)` })));
  return { ...dataset, relations: [...dataset.relations, ...again] };
}

/** Opens the explorer and, through the Open dialog, a generated map of 600 actors and 1,800 relations. */
async function openLargeMap({ deviceScaleFactor = 1, dataset = generateGraph({ actors: ACTORS }) } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(appUrl());
  await page.locator('svg[data-layout="settled"]').waitFor();
  await page.getByRole('button', { name: 'Open…' }).click();
  const text = JSON.stringify(dataset);
  await page.getByLabel('Choose a file…').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const canvas = page.getByRole('group', { name: 'Map of actors and their stances' });
  await page.locator('canvas[data-layout="settled"]').waitFor({ timeout: 60_000 });
  return { page, canvas, errors, workers, close: () => context.close() };
}

/** Moves the pointer out from the map's centre until its tooltip names something: the black-box way to find an actor on a canvas. */
async function findByHover(page: Page, wanted: (text: string) => boolean) {
  const box = (await page.locator('canvas.stance-map-canvas').boundingBox())!;
  const tooltip = page.locator('.map-tooltip');
  for (let step = 0; step < 400; step++) {
    const angle = step * 0.7;
    const radius = 4 * Math.sqrt(step) * 6;
    const x = box.x + box.width / 2 + Math.cos(angle) * radius;
    const y = box.y + box.height / 2 + Math.sin(angle) * radius;
    await page.mouse.move(x, y);
    if (await tooltip.isVisible()) {
      const text = (await tooltip.textContent()) ?? '';
      if (wanted(text)) return { x, y, text };
    }
  }
  throw new Error('nothing found under the pointer');
}

const isActorName = (text: string) => !text.includes('→');

describe.concurrent('a map of 600 actors', () => {
  it('is laid out in a worker and drawn on a canvas, and an actor found by pointer shows its details on click', async ({ expect }) => {
    const { page, errors, workers, close } = await openLargeMap();
    expect(await page.locator('.stance-map').getAttribute('data-renderer')).toBe('canvas');
    expect(workers.some((url) => /layoutWorker/.test(url))).toBe(true);
    // Drawn in a second worker, so that drawing thousands of lines does not block the page.
    expect(workers.some((url) => /paintWorker/.test(url))).toBe(true);
    expect(Number(await page.locator('canvas.stance-map-canvas').getAttribute('data-painted-frames'))).toBeGreaterThan(0);
    // The simulation did not run on the page: its SVG elements are gone, one canvas draws everything.
    expect(await page.locator('.stance-map [data-actor-id]').count()).toBe(0);
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((mark) => mark.name));
    expect(marks).toEqual(expect.arrayContaining(['stancemap:first-frame', 'stancemap:settled']));

    // The hover finds the actor at a fraction of a pixel (pointer events have fractions; a click,
    // in Chromium, whole pixels): the click at the same spot selects exactly that actor.
    const found = await findByHover(page, isActorName);
    await page.mouse.click(found.x, found.y);
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe(found.text);
    await screenshot(page, 'large-map-canvas');

    // Hiding every kind of actor hides what was under the pointer, and empties the drawing.
    const mapImage = () => page.locator('canvas.stance-map-canvas').screenshot();
    const drawn = await mapImage();
    // The key on the map opens folded at this size: unfolded, its entries are the filters.
    await page.getByRole('button', { name: 'Key', exact: true }).click();
    for (const kind of ['state', 'government body', 'armed group', 'person', 'organisation', 'other']) {
      await page.getByRole('button', { name: new RegExp(`^${kind} \\d+`) }).click();
    }
    // Folded again, the key no longer lies over the drawing; what it filtered stays filtered.
    await page.getByRole('button', { name: 'Key', exact: true }).click();
    await page.mouse.move(found.x + 1, found.y);
    await expect.poll(() => page.locator('.map-tooltip').isVisible()).toBe(false);
    // A canvas of one colour compresses to almost nothing; 600 actors and their lines do not.
    await expect.poll(async () => (await mapImage()).length, { timeout: 10_000 }).toBeLessThan(drawn.length / 10);
    expect(errors).toEqual([]);
    await close();
  });

  it('draws relations of the same ends and stance as one line: a click lists them, and the one chosen shows its details', async ({ expect }) => {
    const { page, errors, close } = await openLargeMap({ dataset: withRepeatedRelations(generateGraph({ actors: ACTORS })) });
    const found = await findByHover(page, (text) => / — \w+ → .+, 3 relations$/.test(text));
    await page.mouse.click(found.x, found.y);
    const menu = page.getByRole('menu');
    await menu.waitFor();
    const entries = menu.getByRole('menuitem');
    expect(await entries.count()).toBe(3);
    const ids = await entries.evaluateAll((items) => items.map((item) => item.getAttribute('data-pick-relation-id')!));
    expect(ids[1]).toBe(`${ids[0]}-2`);
    expect(ids[2]).toBe(`${ids[0]}-3`);
    const chosen = (await entries.nth(1).locator('.line-chooser-summary').textContent())!;
    expect(chosen).toMatch(/\(2 of 3\)$/);
    await entries.nth(1).click();
    await expect.poll(() => menu.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => new URLSearchParams(window.location.search).get('select'))).toBe(`relation:${ids[1]}`);
    await expect.poll(async () => (await details(page).textContent()) ?? '').toContain(chosen);
    expect(await details(page).getByRole('heading', { level: 2 }).textContent()).toBe(found.text.replace(/, 3 relations$/, ''));

    // Zoomed in around it, each group's count is drawn at its middle.
    const frames = async () => Number(await page.locator('canvas.stance-map-canvas').getAttribute('data-painted-frames'));
    await page.mouse.move(found.x, found.y);
    for (let wheel = 0; wheel < 3; wheel++) await page.mouse.wheel(0, -400);
    const after = await frames();
    await expect.poll(frames).toBeGreaterThan(after);
    await screenshot(page, 'large-map-grouped-lines');
    expect(errors).toEqual([]);
    await close();
  });

  it('answers the keyboard: arrows move a cursor that is announced, Enter shows its details', async ({ expect }) => {
    const { page, canvas, close } = await openLargeMap();
    await canvas.focus();
    const live = page.locator('.stance-map [aria-live="polite"]');
    await expect.poll(() => live.textContent()).not.toBe('');
    await page.keyboard.press('ArrowRight');
    const announced = (await live.textContent())!;
    const name = announced.slice(0, announced.lastIndexOf(','));
    await page.keyboard.press('Enter');
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe(name);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => live.textContent()).toContain('→');
    await close();
  });

  it('pans with a drag from an empty corner: what was under the pointer moves with the map', async ({ expect }) => {
    const { page, close } = await openLargeMap();
    const found = await findByHover(page, isActorName);
    const box = (await page.locator('canvas.stance-map-canvas').boundingBox())!;
    await page.mouse.move(box.x + 6, box.y + 6);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(box.x + 6 + step * 6, box.y + 6 + step * 3);
    await page.mouse.up();
    await page.mouse.move(found.x + 60, found.y + 30);
    await expect.poll(() => page.locator('.map-tooltip').textContent()).toBe(found.text);
    await close();
  });

  it('is crisp on a high-density screen: one canvas pixel per device pixel, on screen and in the PNG export', async ({ expect }) => {
    const { page, close } = await openLargeMap({ deviceScaleFactor: 2 });
    const size = await page.locator('canvas.stance-map-canvas').evaluate((canvas: HTMLCanvasElement) => ({ width: canvas.width, css: canvas.getBoundingClientRect().width }));
    expect(size.width).toBe(Math.round(size.css * 2));

    // The PNG export is the canvas as drawn (by the paint worker), at the screen's density.
    await page.locator('details.image-export-menu > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Image \(PNG/ }).click()]);
    const png = await downloadedBytes(download);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(size.width);
    // A drawing of 600 actors, not an empty canvas.
    expect(png.length).toBeGreaterThan(50_000);
    await close();
  });
});
