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

  it('transparent=1 lets the host page show through the embed’s empty map, and only with the flag', async () => {
    const context = await site.browser().newContext({ viewport: { width: 760, height: 640 } });
    const host = await context.newPage();
    const colours: Record<string, number[]> = {};
    for (const query of ['?embed=1', '?embed=1&transparent=1']) {
      // A news page of its own colour, with the embed in an iframe as the Embed dialog writes it.
      await host.setContent(`<body style="margin:0;background:#ff00ff"><iframe title="map" src="${appUrl(query)}" style="border:0;width:720px;height:600px"></iframe></body>`);
      const frame = host.frameLocator('iframe');
      await frame.locator('svg[data-layout="settled"]').waitFor();
      // A point of the map with nothing drawn on it: the map's own surface answers there.
      const empty = await frame.locator('svg.stance-map-svg').evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        for (let y = box.top + 8; y < box.bottom; y += 16) {
          for (let x = box.left + 8; x < box.right; x += 16) {
            const hit = document.elementFromPoint(x, y);
            if (hit === svg || hit === svg.parentElement) return { x, y };
          }
        }
        return null;
      });
      expect(empty, `an empty point of the map (${query})`).not.toBeNull();
      colours[query] = await pixelAt(host, empty!.x, empty!.y);
    }
    // The host's magenta within a step of rounding with the flag; the map's own colour without.
    const fromMagenta = (colour: number[]) => Math.max(...colour.map((value, index) => Math.abs(value - [255, 0, 255, 255][index]!)));
    expect(fromMagenta(colours['?embed=1&transparent=1']!), `drawn ${colours['?embed=1&transparent=1']}`).toBeLessThanOrEqual(2);
    expect(fromMagenta(colours['?embed=1']!), `drawn ${colours['?embed=1']}`).toBeGreaterThan(100);
    await context.close();
  });
});

/** The colour drawn at a point of the page, as a screenshot shows it: [red, green, blue, alpha]. */
async function pixelAt(page: Awaited<ReturnType<typeof open>>['page'], x: number, y: number): Promise<number[]> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  // Decoded by Chromium in a blank page of its own (the app's content policy keeps data: images out).
  const blank = await page.context().newPage();
  const pixel = await blank.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return [...context.getImageData(0, 0, 1, 1).data];
  }, png.toString('base64'));
  await blank.close();
  return pixel;
}

