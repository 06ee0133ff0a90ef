import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { lineOf, openApp } from './openApp';

const dataset = JSON.parse(readFileSync('data/russia-poach-rebels-2016.json', 'utf8'));
const story: { title: string; caption: string; relations: string[] }[] = dataset.story;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stepInUrl = (url: string) => new URL(url).searchParams.get('step');

describe('presentation mode in Chromium', () => {
  it('steps through the whole story with the keyboard, the caption and the URL following', async () => {
    const { page, errors, close } = await openApp(browser, '?present=1', { viewport: { width: 1024, height: 768 } });
    const caption = page.getByRole('region', { name: 'Story step' });
    const keys = ['ArrowRight', 'ArrowDown', 'Space', 'PageDown'];
    for (let step = 0; step < story.length; step++) {
      await expect.poll(() => caption.getByRole('heading', { level: 1 }).textContent()).toBe(story[step]!.title);
      expect(await caption.locator('.stage-text').textContent()).toBe(story[step]!.caption);
      await expect.poll(() => stepInUrl(page.url())).toBe(String(step + 1));
      // The step's relations are brought forward, the others faded.
      for (const id of story[step]!.relations) expect(await page.locator(lineOf(id)).getAttribute('data-emphasis')).toBe('highlighted');
      if (step === 4) await screenshot(page, 'present-1024x768');
      if (step < story.length - 1) await page.keyboard.press(keys[step % keys.length]!);
    }
    await page.keyboard.press('ArrowRight');
    expect(await caption.getByRole('heading', { level: 1 }).textContent()).toBe(story.at(-1)!.title);
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) await page.keyboard.press(key);
    await expect.poll(() => caption.getByRole('heading', { level: 1 }).textContent()).toBe(story[story.length - 4]!.title);
    await page.keyboard.press('Home');
    await expect.poll(() => stepInUrl(page.url())).toBe('1');
    await page.keyboard.press('End');
    await expect.poll(() => stepInUrl(page.url())).toBe(String(story.length));
    expect(errors).toEqual([]);
    await close();
  });

  it('opens at ?step=3 directly, and Escape leaves for the explorer', async () => {
    const { page, close } = await openApp(browser, '?present=1&step=3', { viewport: { width: 1920, height: 1080 } });
    const caption = page.getByRole('region', { name: 'Story step' });
    expect(await caption.getByRole('heading', { level: 1 }).textContent()).toBe(story[2]!.title);
    expect(await page.getByRole('progressbar', { name: `Step 3 of ${story.length}` }).count()).toBe(1);
    await screenshot(page, 'present-1920x1080');
    await page.keyboard.press('Escape');
    await page.locator('svg[data-layout="settled"]').waitFor();
    await expect.poll(() => page.getByRole('complementary', { name: 'Details' }).count()).toBe(1);
    expect(new URL(page.url()).search).toBe('');
    await close();
  });

  it('reads along paragraph by paragraph, the map growing with the text', async () => {
    const { page, close } = await openApp(browser, '?read=1', { viewport: { width: 1024, height: 768 } });
    const counts: number[] = [];
    for (let step = 0; step < 4; step++) {
      counts.push(await page.locator('[data-actor-id]').count());
      if (step === 2) await screenshot(page, 'read-along-1024x768');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => stepInUrl(page.url())).toBe(String(step + 2));
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[3]).toBeGreaterThan(counts[0]!);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    const caption = page.getByRole('region', { name: 'Read-along step' });
    expect(await caption.getByRole('heading', { level: 1 }).textContent()).toBe(`Paragraph 4 of ${dataset.article.paragraphs.length}`);
    expect(await caption.locator('.stage-text').textContent()).toBe(dataset.article.paragraphs[3]);
    expect(await caption.locator('mark').count()).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'read-along-1920x1080');
    await close();
  });

  it('moves without animation when the reader asks for reduced motion', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto((await import('./browser')).appUrl('?present=1'));
    await page.locator('svg[data-layout="settled"]').waitFor();
    const transition = await page.locator('.actor').first().evaluate((element) => getComputedStyle(element).transitionDuration);
    expect(transition).toBe('0s');
    await context.close();
  });
});
