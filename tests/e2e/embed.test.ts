import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { appUrl, launchBrowser, screenshot, watchErrors } from './browser';
import { startHostServer, type HostServer } from './hostServer';

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

interface RecordedMessage {
  data: unknown;
  fromStancemap: boolean;
}

/** A host page on another origin: an article column with the iframe, embed.js, and a log of messages. */
function hostPage(iframe: string, extra = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
<style>body{margin:0;font:16px Georgia,serif;background:#fff} main{max-width:100%;padding:16px} p{max-width:40em}</style></head>
<body><main><h1>An explainer</h1><p>Paragraph before the map.</p>
${iframe}
<p>Paragraph after the map.</p>${extra}</main>
<script>
  window.recorded = [];
  window.addEventListener('message', (event) => {
    const frame = document.querySelector('iframe[data-stancemap]');
    window.recorded.push({ data: event.data, fromStancemap: !!frame && event.source === frame.contentWindow });
  });
</script>
<script src="${appUrl('embed.js')}"></script>
</body></html>`;
}

async function openHost(path: string, html: string, width = 1280): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  host.setPage(path, html);
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(host.url(path));
  const frame = (await (await page.waitForSelector('iframe[data-stancemap]', { state: 'attached' })).contentFrame())!;
  await frame.waitForSelector('svg[data-layout="settled"]', { state: 'attached' });
  return { page, frame, errors };
}

const resizeMessages = (page: Page) =>
  page.evaluate(() => (window as unknown as { recorded: RecordedMessage[] }).recorded.filter((message) => (message.data as { type?: string })?.type === 'stancemap:resize'));

describe.concurrent('the embed in a host page on another origin', () => {
  it('plays the story step by step at 720 px wide, and embed.js follows its height from step to step', async ({ expect }) => {
    const src = appUrl('index.html?embed=1&present=1&step=1');
    const { page, frame, errors } = await openHost('/story.html', hostPage(`<iframe data-stancemap title="Story" src="${src}" style="border:0;width:100%" height="150"></iframe>`), 720);
    const step = frame.getByRole('region', { name: 'Story step' });
    const iframeHeight = () => page.locator('iframe[data-stancemap]').evaluate((iframe) => iframe.getBoundingClientRect().height);
    const contentHeight = () => frame.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height));
    const story = JSON.parse(readFileSync('data/russia-poach-rebels-2016.json', 'utf8')).story as { title: string }[];
    const heights: number[] = [];
    for (let at = 0; at < 3; at++) {
      await expect.poll(() => step.getByRole('heading', { level: 2 }).textContent()).toBe(story[at]!.title);
      await expect.poll(iframeHeight).toBe(await contentHeight());
      heights.push(await iframeHeight());
      if (at === 1) await screenshot(page, 'embed-story-720');
      await step.getByRole('button', { name: 'Next step' }).click();
    }
    // Captions of different lengths: the frame grew or shrank with them, without a scroller.
    expect(new Set(heights).size).toBeGreaterThan(1);
    // Once embed.js has followed the last step, nothing scrolls inside the frame.
    await expect.poll(() => frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends its height in all three forms, and embed.js sizes the iframe to fit', async ({ expect }) => {
    const { page, frame, errors } = await openHost('/height.html', hostPage(`<iframe data-stancemap title="Map" src="${appUrl('embed.html?select=relation:pentagon-bonus-not-delivered')}" style="border:0;width:100%" height="150"></iframe>`));
    await expect.poll(async () => (await resizeMessages(page)).length).toBeGreaterThan(0);
    const contentHeight = await frame.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height));
    const recorded = await page.evaluate(() => (window as unknown as { recorded: RecordedMessage[] }).recorded);
    expect(recorded).toContainEqual({ data: { type: 'stancemap:resize', height: contentHeight }, fromStancemap: true });
    expect(recorded).toContainEqual({ data: { sentinel: 'amp', type: 'embed-size', height: contentHeight }, fromStancemap: true });
    expect(recorded).toContainEqual({ data: { context: 'iframe.resize', src: appUrl('embed.html?select=relation:pentagon-bonus-not-delivered'), height: contentHeight }, fromStancemap: true });
    await expect.poll(() => page.locator('iframe[data-stancemap]').evaluate((iframe) => iframe.getBoundingClientRect().height)).toBe(contentHeight);
    // Never the same height twice in a row.
    const heights = (await resizeMessages(page)).map((message) => (message.data as { height: number }).height);
    expect(heights.every((height, i) => i === 0 || height !== heights[i - 1])).toBe(true);
    // The deep link opened with its passage.
    expect(await frame.getByRole('complementary', { name: 'Details' }).locator('blockquote').first().textContent()).toBe('“a promised bonus, after the first six months, never materialized”');
    expect(page.url()).toBe(host.url('/height.html'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows a render flag: plain drops the title and the source line', async ({ expect }) => {
    const { page, frame } = await openHost('/plain.html', hostPage(`<iframe data-stancemap title="Map" src="${appUrl('embed.html?plain=1&theme=dark')}" style="border:0;width:100%" height="600"></iframe>`));
    expect(await frame.locator('h1').count()).toBe(0);
    expect(await frame.locator('footer').count()).toBe(0);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.close();
  });

  it('ignores a well-formed resize message from another window', async ({ expect }) => {
    const attacker = `<iframe id="attacker" style="height:120px;border:0" srcdoc="<script>setInterval(() => parent.postMessage({ type: 'stancemap:resize', height: 3333 }, '*'), 50)</script>"></iframe>`;
    const { page } = await openHost('/attack.html', hostPage(`<iframe data-stancemap title="Map" src="${appUrl('embed.html')}" style="border:0;width:100%" height="600"></iframe>`, attacker));
    await expect.poll(async () => (await page.evaluate(() => (window as unknown as { recorded: RecordedMessage[] }).recorded.filter((m) => !m.fromStancemap).length))).toBeGreaterThan(3);
    await expect.poll(async () => (await resizeMessages(page)).some((message) => message.fromStancemap)).toBe(true);
    const stancemapHeight = await page.locator('iframe[data-stancemap]').evaluate((iframe) => iframe.getBoundingClientRect().height);
    expect(stancemapHeight).not.toBe(3333);
    expect(stancemapHeight).toBeLessThan(1500);
    expect(await page.locator('#attacker').evaluate((iframe) => iframe.getBoundingClientRect().height)).toBe(120);
    await page.close();
  });

  it('still draws the map in an allow-scripts-only sandbox, where storage throws', async ({ expect }) => {
    const { page, frame, errors } = await openHost('/sandbox.html', hostPage(`<iframe data-stancemap sandbox="allow-scripts" title="Map" src="${appUrl('embed.html?select=actor:russia')}" style="border:0;width:100%" height="150"></iframe>`));
    expect(await frame.evaluate(() => { try { return typeof window.localStorage.length; } catch { return 'storage throws'; } })).toBe('storage throws');
    expect(await frame.locator('[data-actor-id]').count()).toBe(29);
    expect(await frame.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent()).toBe('Russia');
    await expect.poll(async () => (await resizeMessages(page)).some((message) => message.fromStancemap)).toBe(true);
    expect(await page.locator('iframe[data-stancemap]').evaluate((iframe) => iframe.getBoundingClientRect().height)).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts right inside a hidden container that is shown later', async ({ expect }) => {
    const { page, frame } = await openHost('/hidden.html', hostPage(`<div id="tab" style="display:none"><iframe data-stancemap title="Map" src="${appUrl('embed.html')}" style="border:0;width:100%" height="600"></iframe></div>`));
    await page.evaluate(() => (document.getElementById('tab')!.style.display = 'block'));
    await expect.poll(() => frame.evaluate(() => {
      const map = document.querySelector('svg.stance-map-svg')!.getBoundingClientRect();
      const shapes = [...document.querySelectorAll('.actor-shape')].map((shape) => shape.getBoundingClientRect());
      return map.width > 0 && shapes.every((box) => box.left >= map.left && box.right <= map.right && box.top >= map.top && box.bottom <= map.bottom);
    })).toBe(true);
    await page.close();
  });

  it('looks right at 320, 768 and 1280 pixels wide', async ({ expect }) => {
    for (const width of [320, 768, 1280]) {
      const { page, frame } = await openHost(`/width-${width}.html`, hostPage(`<iframe data-stancemap title="Map" src="${appUrl('embed.html?select=relation:russia-offers-weapons-and-air-support')}" style="border:0;width:100%" height="150"></iframe>`), width);
      await expect.poll(async () => (await resizeMessages(page)).length).toBeGreaterThan(0);
      expect(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.waitForTimeout(0);
      await expect.poll(() => page.locator('iframe[data-stancemap]').evaluate((iframe) => Math.round(iframe.getBoundingClientRect().height))).toBe(
        await frame.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height)),
      );
      await page.setViewportSize({ width, height: Math.min(2000, Math.ceil(await page.evaluate(() => document.documentElement.scrollHeight))) });
      await screenshot(page, `embed-host-${width}`);
      await page.close();
    }
  });
});

describe.concurrent('embed.html with a journalist’s own dataset (?data=)', () => {
  // The page fetches the file from its own site; the browser's router stands in for that file.
  const small = JSON.parse(readFileSync('data/fixtures/small.json', 'utf8')) as { title: string; relations: Record<string, unknown>[] };

  async function openWithData(dataset: unknown): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    const errors = watchErrors(page);
    await page.route('**/journalist/dataset.json', (route) => route.fulfill({ json: dataset }));
    await page.goto(appUrl('embed.html?data=journalist/dataset.json'));
    return { page, errors };
  }

  it('draws a valid one', async ({ expect }) => {
    const { page, errors } = await openWithData(small);
    await page.waitForSelector('svg[data-layout="settled"]', { state: 'attached' });
    expect(await page.textContent('.embed-header h1')).toBe(small.title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('validates a broken one and lists every problem with its place in the file, drawing no map', async ({ expect }) => {
    const [first, ...rest] = small.relations;
    const { page } = await openWithData({ ...small, relations: [{ ...first, stance: 'alliance', source: 'northlnd' }, ...rest] });
    await page.waitForSelector('.dataset-problems li');
    expect(await page.textContent('.dataset-problems h1')).toBe('This dataset cannot be shown yet');
    expect(await page.locator('.dataset-problems li').allTextContents()).toEqual([
      'error relations[0].source no actor has the id “northlnd” (did you mean “northland”?).',
      'error relations[0].stance “alliance” is not one of: support, hostility, offer, payment.',
    ]);
    expect(await page.locator('svg.stance-map-svg, canvas.stance-map-canvas').count()).toBe(0);
    await page.close();
  });

  it('names a misquoted passage and sends the journalist to the explorer for the closest one', async ({ expect }) => {
    const [first, ...rest] = small.relations;
    const misquoted = { quote: 'Northland has offered the Harbour Militia "all the boats it needs"' };
    const { page } = await openWithData({ ...small, relations: [{ ...first, evidence: [misquoted] }, ...rest] });
    await page.waitForSelector('.dataset-problems li');
    expect(await page.locator('.dataset-problems li').allTextContents()).toEqual([
      'error relations[0].evidence[0].quote is not found word for word in the article. Copy the quote exactly from the title, the dek or one paragraph; the explorer shows the closest passage.',
    ]);
    await page.close();
  });
});
