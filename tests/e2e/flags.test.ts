import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../scripts/bench/generateGraph';
import { appUrl } from './browser';
import { secureSiteForTests } from './staticServer';

// What the README's address flags do, seen in the page, not only parsed.
const site = secureSiteForTests();

async function open(query: string, options: { colorScheme?: 'light' | 'dark' } = {}) {
  const context = await site.browser().newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  await page.goto(appUrl(query));
  return { page, close: () => context.close() };
}

/** The map's background as drawn: the colour under an empty corner of the map. */
const mapBackground = (page: Awaited<ReturnType<typeof open>>['page']) =>
  page.evaluate(() => getComputedStyle(document.querySelector('.map-column') ?? document.body).getPropertyValue('--map-background').trim() || getComputedStyle(document.body).backgroundColor);

describe('address flags in Chromium', () => {
  it('?renderer=canvas draws the bundled map on a canvas, ?renderer=svg a large one in SVG', async () => {
    const canvas = await open('?renderer=canvas');
    await canvas.page.locator('canvas.stance-map-canvas, canvas').first().waitFor();
    expect(await canvas.page.locator('svg.stance-map-svg').count()).toBe(0);
    await canvas.close();
    // 500 actors are drawn on a canvas unless the address asks for SVG (a screen reader's way in).
    site.secure().set('/five-hundred.json', JSON.stringify(generateGraph({ actors: 500 })), { 'access-control-allow-origin': '*' });
    const large = `?data=${encodeURIComponent(site.secure().url('/five-hundred.json'))}`;
    const byDefault = await open(large);
    await byDefault.page.locator('canvas').first().waitFor();
    await byDefault.close();
    const svg = await open(`${large}&renderer=svg`);
    await svg.page.locator('svg.stance-map-svg [data-actor-id]').first().waitFor();
    expect(await svg.page.locator('svg.stance-map-svg [data-actor-id]').count()).toBe(500);
    expect(await svg.page.locator('canvas').count()).toBe(0);
    await svg.close();
  });

  it('?data= names where the dataset came from, in the credit, and the Open dialog lists it among recent ones', async () => {
    site.secure().set('/harbour.json', readFileSync('data/fixtures/small.json', 'utf8'), { 'access-control-allow-origin': '*' });
    const address = site.secure().url('/harbour.json');
    const { page, close } = await open(`?data=${encodeURIComponent(address)}`);
    await page.getByText(`Dataset opened from ${address}.`).waitFor();
    // Remembered once the map is drawn.
    await page.locator('svg[data-layout="settled"]').waitFor();
    await page.getByRole('button', { name: 'Open…' }).click();
    const recent = page.getByRole('dialog', { name: 'Open a dataset' }).getByRole('link', { name: /^A fictional harbour dispute \(/ });
    await recent.waitFor();
    expect(await recent.getAttribute('href')).toBe(`?data=${encodeURIComponent(address)}`);
    await close();
  });

  it('theme=auto follows the system’s colour scheme; theme=light holds against a dark one', async () => {
    const dark = await open('?theme=auto', { colorScheme: 'dark' });
    await dark.page.locator('svg[data-layout="settled"]').waitFor();
    expect(await dark.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const darkBackground = await mapBackground(dark.page);
    await dark.close();
    const light = await open('?theme=light', { colorScheme: 'dark' });
    await light.page.locator('svg[data-layout="settled"]').waitFor();
    expect(await light.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await mapBackground(light.page)).not.toBe(darkBackground);
    await light.close();
  });

  it('motion=reduce moves the map in one step where it would glide', async () => {
    for (const [query, most] of [['', Infinity], ['?motion=reduce', 2]] as const) {
      const { page, close } = await open(query);
      await page.locator('svg[data-layout="settled"]').waitFor();
      const steps = await page.evaluate(async () => {
        const viewport = document.querySelector('.stance-map-svg > .viewport')!;
        const seen = new Set<string>([viewport.getAttribute('transform') ?? '']);
        document.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
        const started = performance.now();
        while (performance.now() - started < 700) {
          await new Promise(requestAnimationFrame);
          seen.add(viewport.getAttribute('transform') ?? '');
        }
        return seen.size - 1;
      });
      if (most === Infinity) expect(steps, 'the zoom glides without the flag').toBeGreaterThan(2);
      else expect(steps, 'and moves at once with it').toBeLessThanOrEqual(most);
      await close();
    }
  });
});
