import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { axeOn, VIOLATIONS_ONLY } from './axe';
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

/** The harbour dispute, actors confirmed and nothing mapped, open at a laptop's size. */
async function openHarbour() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.route('**/fixtures/harbour-actors.json', (route) => route.fulfill({ json: actorsOnly() }));
  await page.goto(appUrl('?data=fixtures/harbour-actors.json'));
  await page.locator('svg[data-layout="settled"]').waitFor();
  return { context, page, errors };
}

const queue = (page: Page) => page.getByRole('complementary', { name: 'Suggestions from the text' });
const items = (page: Page) => queue(page).getByRole('list', { name: 'Suggestions' }).getByRole('listitem');

describe.concurrent('suggestions from the text in Chromium', () => {
  it('accepts, rejects and edits by keyboard; the accepted relation is on the map with its words, kept over a reload, undone by undo', { timeout: 60_000 }, async ({ expect }) => {
    const { context, page, errors } = await openHarbour();
    expect(await drawnRelationCount(page)).toBe(0);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('button', { name: 'Suggest from the text' }).click();
    await items(page).first().waitFor();
    const total = await items(page).count();
    await screenshot(page, 'suggestions-1280x720');
    const axe = await axeOn(page).include('.suggestion-queue').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).options(VIOLATIONS_ONLY).analyze();
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
    // The headline says it first: its words are the passage.
    expect(await page.getByRole('complementary', { name: 'Details' }).locator('blockquote').first().textContent()).toBe('“Northland Offers Eastport’s Militia”');

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

/** A fictional ferry dispute, pasted as a new map: not the bundled article, nor the fixtures. */
const FERRY = `Ferry talks fail as Osterland courts the Harbour Pilots

Osterland offered the Harbour Pilots new tugboats in exchange for the northern quay, according to Lena Varga.

The Port Council has paid the Harbour Pilots a monthly fee since 2020, Varga said.

Osterland attacked the Port Council in a statement last week.`;

describe.concurrent('from a pasted article to a map, in Chromium', () => {
  it('suggests the actors, then the relations among them; accepted by keyboard, on the map with their words, kept over a reload', { timeout: 60_000 }, async ({ expect }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(appUrl());
    await page.locator('svg[data-layout="settled"]').waitFor();
    await page.getByRole('button', { name: 'New map' }).click();
    const start = page.getByRole('dialog', { name: 'New map' });
    await start.getByRole('textbox', { name: /The article’s text/ }).fill(FERRY);
    await start.getByRole('button', { name: 'Start the map' }).click();
    await page.getByRole('note', { name: 'Your map is empty' }).waitFor();
    await page.getByRole('button', { name: 'Suggest from the text' }).click();
    const actors = queue(page).getByRole('list', { name: 'Actor suggestions' }).getByRole('listitem');
    await actors.first().waitFor();
    const names = await actors.evaluateAll((list) => list.map((item) => item.getAttribute('aria-label')!.split(',')[0]));
    expect(names).toEqual(['Osterland', 'Harbour Pilots', 'Lena Varga', 'Port Council']);
    await screenshot(page, 'suggestions-actors-1280x720');
    const axe = await axeOn(page).include('.suggestion-queue').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).options(VIOLATIONS_ONLY).analyze();
    expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

    // The actors by keyboard: A on each, the focus moving on to the next.
    await actors.first().focus();
    for (let accepted = 0; accepted < names.length; accepted++) {
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[aria-label="Actor suggestions"]') !== null)).toBe(true);
      await page.keyboard.press('a');
      await queue(page).getByText(/^Added the actor /).waitFor();
    }
    await expect.poll(() => page.locator('[data-actor-id]').count()).toBe(4);
    // Then the relations: the offer, by keyboard.
    const offer = items(page).filter({ hasText: 'Osterland offered the Harbour Pilots new tugboats' });
    await offer.focus();
    await page.keyboard.press('a');
    await queue(page).getByText('Accepted: Osterland — offer → Harbour Pilots.').waitFor();
    await expect.poll(() => drawnRelationCount(page)).toBe(1);
    await screenshot(page, 'suggestions-accepted-1280x720');
    // The queue closed, the details show the relation with the words it came from.
    await queue(page).getByRole('button', { name: 'Close' }).click();
    await pickRelation(page, (await page.locator('[data-relation-id]').first().getAttribute('data-relation-id'))!);
    expect(await page.getByRole('complementary', { name: 'Details' }).locator('blockquote').first().textContent()).toContain('Osterland offered the Harbour Pilots');

    // Kept in this browser: the same map after a reload, once it says it is saved.
    await page.getByText(/^Saved in this browser at /).waitFor({ timeout: 10_000 });
    await page.reload();
    await page.locator('svg[data-layout="settled"]').waitFor();
    expect(await page.locator('[data-actor-id]').count()).toBe(4);
    expect(await drawnRelationCount(page)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks in the article, while their list is open, the sentences that name two actors and carry no relation', { timeout: 60_000 }, async ({ expect }) => {
    const { context, page, errors } = await openHarbour();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('button', { name: 'Suggest from the text' }).click();
    const coverage = queue(page).locator('details.coverage');
    const listed = () => coverage.locator('li').evaluateAll((items) => items.map((item) => item.lastChild!.textContent!.trim()));
    const marked = () => page.evaluate(() => [...(CSS.highlights.get('stancemap-uncovered') ?? [])].map((range) => range.toString()));
    expect(await marked()).toEqual([]);
    await coverage.locator('summary').click();
    // Nothing is mapped yet: every sentence that names two actors is left out, and marked where it stands.
    const sentences = await listed();
    expect(sentences.length).toBeGreaterThan(1);
    await expect.poll(marked).toEqual(sentences);
    const underline = await page.evaluate(() => {
      const range = [...CSS.highlights.get('stancemap-uncovered')!][0]!;
      return (range.startContainer.parentElement!.closest('[data-part]') as HTMLElement).dataset.part;
    });
    expect(underline).toMatch(/^(title|dek|\d+)$/);
    await screenshot(page, 'suggestions-coverage-1280x720');
    // Closed, the marks go.
    await coverage.locator('summary').click();
    await expect.poll(marked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
