import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, screenshot, watchErrors } from './browser';
import { drawnRelationCount, pickRelation } from './openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The fictional harbour dispute with its actors confirmed and nothing mapped between them yet. */
function actorsOnly() {
  const data = JSON.parse(readFileSync('data/fixtures/small.json', 'utf8'));
  data.id = 'harbour-actors-only';
  data.relations = [];
  delete data.story;
  return data;
}

const queue = (page: Page) => page.getByRole('complementary', { name: 'Suggestions from the text' });
const items = (page: Page) => queue(page).getByRole('list', { name: 'Suggestions' }).getByRole('listitem');

describe('suggestions from the text in Chromium', () => {
  it('accepts, rejects and edits by keyboard; the accepted relation is on the map with its words, kept over a reload, undone by undo', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.route('**/fixtures/harbour-actors.json', (route) => route.fulfill({ json: actorsOnly() }));
    await page.goto(appUrl('?data=fixtures/harbour-actors.json'));
    await page.locator('svg[data-layout="settled"]').waitFor();
    expect(await drawnRelationCount(page)).toBe(0);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('button', { name: 'Suggest from the text' }).click();
    await items(page).first().waitFor();
    const total = await items(page).count();
    await screenshot(page, 'suggestions-1280x720');
    const axe = await new AxeBuilder({ page }).include('.suggestion-queue').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

    // By keyboard alone: Tab to the first suggestion, A accepts it.
    await items(page).first().focus();
    await page.keyboard.press('a');
    await queue(page).getByText('Accepted: Northland — offer → Harbour Militia.').waitFor();
    await expect.poll(() => drawnRelationCount(page)).toBe(1);
    expect(await items(page).count()).toBe(total - 1);
    // R rejects the next, which the keyboard is on now.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('suggestion'))).toBe(true);
    await page.keyboard.press('r');
    await expect.poll(() => items(page).count()).toBe(total - 2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('suggestion'))).toBe(true);
    // E opens the relation form, filled in; Escape leaves it.
    await page.keyboard.press('e');
    const form = page.getByRole('dialog', { name: 'New relation from this passage' });
    await form.waitFor();
    expect(await form.getByLabel('Stance').inputValue()).not.toBe('');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });

    // On the map, with the suggestion's words as its passage.
    await page.getByRole('button', { name: 'Suggest from the text' }).click();
    await pickRelation(page, (await page.locator('[data-relation-id]').first().getAttribute('data-relation-id'))!);
    expect(await page.getByRole('complementary', { name: 'Details' }).locator('blockquote').first().textContent()).toBe('“Northland has offered the Harbour Militia”');

    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved in this browser at' }).count()).toBe(1);
    await page.reload();
    await page.locator('svg[data-layout="settled"]').waitFor();
    await expect.poll(() => drawnRelationCount(page)).toBe(1);
    // The restored work switched Edit mode on; its keys work once the edit bar is there.
    await page.getByRole('group', { name: 'Your edits' }).waitFor();
    await page.keyboard.press('Control+z');
    await expect.poll(() => drawnRelationCount(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
