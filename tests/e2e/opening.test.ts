import { describe, expect, it } from 'vitest';
import { generateGraph } from '../../scripts/bench/generateGraph';
import { details, openApp } from './openApp';
import { secureSiteForTests } from './staticServer';
import { appUrl } from './browser';

// Generated maps with one sentence of text per actor and per relation: 2,000 actors make 1.9 MB.
const mapOf = (actors: number) => generateGraph({ actors, text: 'per-item' });

const site = secureSiteForTests();

describe('opening a large dataset', () => {
  it('shows how far along it is, bytes then checking, until the map is drawn', async () => {
    const dataset = mapOf(2000);
    // About 2.4 s to arrive, 80 kB every 100 ms: the status, shown after 0.5 s, sees many steps even on a loaded machine.
    site.secure().set('/large.json', JSON.stringify(dataset), { 'access-control-allow-origin': '*' }, { bytes: 80_000, everyMs: 100 });
    const context = await site.browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // The download starts with the page, before the app's dataset reader has loaded.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(appUrl(`?data=${encodeURIComponent(site.secure().url('/large.json'))}`));
    const status = page.getByRole('complementary', { name: `Opening ${site.secure().url('/large.json')}` });
    await status.waitFor();
    const seen: { stage: string; value: number; text: string }[] = [];
    while ((await page.getByRole('heading', { level: 1, name: dataset.title }).count()) === 0) {
      // Read without waiting: the status may be gone by now.
      const state = await page.evaluate(() => {
        const element = document.querySelector('.opening-status');
        return element && { stage: element.getAttribute('data-stage') ?? '', value: element.querySelector('progress')?.value ?? 0, text: element.querySelector('progress')?.getAttribute('aria-valuetext') ?? '' };
      });
      if (state && state.text !== seen.at(-1)?.text) seen.push(state);
      await page.waitForTimeout(40);
    }
    const downloads = seen.filter((state) => state.stage === 'downloading' && /of 1\.\d MB/.test(state.text));
    // The bytes arrive in steps the bar follows, then the checking, each further along.
    expect(downloads.length).toBeGreaterThanOrEqual(3);
    expect(seen.some((state) => state.stage === 'checking')).toBe(true);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.value).toBeGreaterThanOrEqual(seen[i - 1]!.value);
    expect(seen.at(-1)!.value).toBeGreaterThan(seen[0]!.value);
    await expect.poll(() => status.count()).toBe(0);
    const downloaded = requests.indexOf(site.secure().url('/large.json'));
    expect(downloaded).toBeGreaterThan(-1);
    expect(requests.lastIndexOf(site.secure().url('/large.json'))).toBe(downloaded);
    expect(requests.findIndex((url) => /\/assets\/loadDataset-/.test(url))).toBeGreaterThan(downloaded);
    await context.close();
  });

  it('can be cancelled, and the map before stays as it was and usable', async () => {
    const { page, errors, close } = await openApp(site.browser(), '', { viewport: { width: 1280, height: 800 } });
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    const text = JSON.stringify(mapOf(10_000));
    const parsers: Promise<unknown>[] = [];
    page.on('worker', (worker) => {
      if (/parseWorker/.test(worker.url())) parsers.push(new Promise((resolve) => worker.on('close', resolve)));
    });
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByLabel('Choose a file…').setInputFiles({ name: 'ten-thousand.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const status = page.getByRole('complementary', { name: 'Opening ten-thousand.json' });
    await status.getByRole('status').filter({ hasText: 'Checking' }).waitFor({ timeout: 20_000 });
    // The map is still there and answers while the file is checked.
    await page.locator('[data-actor-id="russia"]').first().click();
    await details(page).getByRole('heading', { name: 'Russia' }).waitFor();
    await status.getByRole('button', { name: 'Cancel opening' }).click();
    await expect.poll(() => status.count()).toBe(0);
    // The worker checking the file is ended, and nothing of it arrives.
    expect(parsers).toHaveLength(1);
    await parsers[0];
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await page.locator('[data-actor-id]').count()).toBeLessThan(100);
    expect(await details(page).getByRole('heading', { name: 'Russia' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('draws a large map before the rest of its long article, then shows the whole article', async () => {
    const dataset = mapOf(2000);
    site.secure().set('/long-article.json', JSON.stringify(dataset), { 'access-control-allow-origin': '*' });
    const context = await site.browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // When the article grows past its first slice, by the page's clock.
    await page.addInitScript(() => {
      const watch = new MutationObserver(() => {
        if (document.querySelectorAll('.article-body > p').length > 60) {
          (window as unknown as { moreParagraphsAt: number }).moreParagraphsAt = performance.now();
          watch.disconnect();
        }
      });
      watch.observe(document, { childList: true, subtree: true });
    });
    await page.goto(appUrl(`?data=${encodeURIComponent(site.secure().url('/long-article.json'))}`));
    await page.getByRole('heading', { level: 1, name: dataset.title }).waitFor({ timeout: 60_000 });
    const paragraphs = page.getByRole('region', { name: 'Article' }).locator('.article-body > p');
    await expect.poll(() => paragraphs.count(), { timeout: 30_000 }).toBe(dataset.article.paragraphs.length);
    const { drawnAt, moreAt } = await page.evaluate(() => ({
      drawnAt: performance.getEntriesByName('stancemap:first-frame')[0]?.startTime ?? null,
      moreAt: (window as unknown as { moreParagraphsAt?: number }).moreParagraphsAt ?? null,
    }));
    expect(drawnAt).not.toBeNull();
    // The map's first drawing did not wait for the article's slices.
    expect(moreAt).toBeGreaterThan(drawnAt!);
    await context.close();
  });
});
