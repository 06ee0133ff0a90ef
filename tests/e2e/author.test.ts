import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/model/parseDataset';
import { launchBrowser, screenshot, watchErrors, appUrl, SCREENSHOT_DIR } from './browser';
import { drawnRelationCount } from './openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const QUOTE = 'do not appear particularly bothered by this power play from a foreign government';

/** Selects words of a paragraph of the article as a reader would, and lets go of the mouse. */
async function selectInArticle(page: Page, paragraph: number, words: string) {
  await page.evaluate(
    ({ paragraph, words }) => {
      const element = document.querySelector(`.article-body [data-part="${paragraph}"]`)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`“${words}” is not in one text node of paragraph ${paragraph}`);
    },
    { paragraph, words },
  );
}

describe('authoring in the browser', () => {
  it('adds a relation from a text selection, keeps it across a reload, and exports it', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(appUrl());
    await page.locator('svg[data-layout="settled"]').waitFor();

    // A reader's screen carries no authoring tools: selecting words offers nothing until Edit is on.
    expect(await page.getByRole('group', { name: 'Your edits' }).count()).toBe(0);
    await selectInArticle(page, 7, QUOTE);
    expect(await page.getByRole('toolbar', { name: 'Passage' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    expect(await page.getByRole('button', { name: 'Edit', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await selectInArticle(page, 7, QUOTE);
    await page.getByRole('toolbar', { name: 'Passage' }).getByRole('button', { name: 'New relation from this passage' }).click();
    const form = page.getByRole('dialog', { name: 'New relation from this passage' });
    expect(await form.locator('blockquote').textContent()).toBe(`“${QUOTE}”`);
    await form.getByLabel('Who (source)').selectOption('united-states');
    await form.getByLabel('Stance').selectOption('hostility');
    await form.getByLabel('Toward whom (target)').selectOption('mustafa-sejry');
    await form.getByLabel('Status').selectOption('ongoing');
    await form.getByLabel('Summary').fill('Seems unbothered by the Russian power play, Sejry says');
    await form.getByLabel('Claimed by').selectOption('mustafa-sejry');
    await screenshot(page, 'author-form');
    await form.getByRole('button', { name: 'Add the relation' }).click();

    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).getAttribute('aria-label')).toBe('United States — hostility → Mustafa Sejry');
    expect(await details.locator('blockquote').first().textContent()).toBe(`“${QUOTE}”`);
    expect(await drawnRelationCount(page)).toBe(63);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved in this browser at' }).count()).toBe(1);

    await page.reload();
    await page.locator('svg[data-layout="settled"]').waitFor();
    // The reload keeps Edit mode on, and the restored work with it.
    expect(await page.getByRole('button', { name: 'Edit', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => drawnRelationCount(page)).toBe(63);
    expect(await page.getByText(/Your edits from .* were restored/).count()).toBe(1);
    await screenshot(page, 'author-restored');

    await page.getByText('Download the data').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'stancemap dataset (JSON)' }).click()]);
    const path = `${SCREENSHOT_DIR}/authored.json`;
    await download.saveAs(path);
    const exported = parseDataset(JSON.parse(readFileSync(path, 'utf8')));
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const added = exported.dataset.relations.filter((relation) => relation.evidence.some((evidence) => evidence.quote === QUOTE));
    expect(added).toMatchObject([{ source: 'united-states', target: 'mustafa-sejry', stance: 'hostility', claimedBy: 'mustafa-sejry' }]);
    // The story and every original relation came through the edit untouched.
    expect(exported.dataset.story).toHaveLength(10);
    expect(exported.dataset.relations).toHaveLength(63);

    await page.keyboard.press('Control+z');
    await expect.poll(() => drawnRelationCount(page)).toBe(62);
    expect(errors).toEqual([]);
    await context.close();
  });
});
