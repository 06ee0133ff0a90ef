import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
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

/** A fictional dispute: the shared small fixture, plus a paragraph quoting a pilot who is not on the map. */
const PILOT_PARAGRAPH = 'Tomas Brand, a harbour pilot, says the Raiders have threatened Captain Oren Dahl and his crew.';
function quotedDispute() {
  const data = JSON.parse(readFileSync('data/fixtures/small.json', 'utf8'));
  data.article.paragraphs.push(PILOT_PARAGRAPH);
  return data;
}

/**
 * Selects words of a paragraph of the article as a reader does, with the mouse: presses on the
 * first letter's left half, drags to the last letter's right half, lets go. The paragraph is
 * scrolled into view first, and the letters measured until two frames agree (the edit bar, which
 * loads when Edit is pressed, moves the article down).
 */
async function selectInArticle(page: Page, paragraph: number, words: string) {
  const measure = () =>
    page.evaluate(
      ({ paragraph, words }) => {
        const element = document.querySelector(`.article-body [data-part="${paragraph}"]`)!;
        element.scrollIntoView({ block: 'center', behavior: 'instant' });
        // The paragraph's text runs across its passages' marks: its text nodes, each with where it starts.
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const nodes: { node: Node; start: number }[] = [];
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push({ node, start: text.length });
          text += node.textContent;
        }
        const at = text.indexOf(words);
        if (at === -1) throw new Error(`“${words}” is not in paragraph ${paragraph}`);
        const letter = (offset: number) => {
          const { node, start } = nodes.findLast((entry) => entry.start <= offset)!;
          const range = document.createRange();
          range.setStart(node, offset - start);
          range.setEnd(node, offset - start + 1);
          return range.getClientRects()[0]!;
        };
        const [first, last] = [letter(at), letter(at + words.length - 1)];
        return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
      },
      { paragraph, words },
    );
  let ends = await measure();
  for (let tries = 0; tries < 20; tries++) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const again = await measure();
    if (JSON.stringify(again) === JSON.stringify(ends)) break;
    ends = again;
  }
  await page.mouse.move(ends.from.x, ends.from.y);
  await page.mouse.down();
  await page.mouse.move(ends.to.x, ends.to.y, { steps: 8 });
  await page.mouse.up();
  expect(await page.evaluate(() => window.getSelection()!.toString())).toBe(words);
}

/** Turns Edit on, and waits for the edit bar, which loads then and moves the article down. */
async function startEditing(page: Page) {
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('group', { name: 'Your edits' }).waitFor();
}

/** The bundled map at 1440×900, settled, in Edit mode. */
async function openEditing() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(appUrl());
  await page.locator('svg[data-layout="settled"]').waitFor();
  await startEditing(page);
  return { context, page, errors };
}

/** The relation both tests add from the passage: the United States' hostility toward Sejry, in his words. */
async function fillSejryRelation(form: Locator) {
  await form.getByLabel('Who (source)').selectOption('united-states');
  await form.getByLabel('Stance').selectOption('hostility');
  await form.getByLabel('Toward whom (target)').selectOption('mustafa-sejry');
  await form.getByLabel('Status').selectOption('ongoing');
  await form.getByLabel('Summary').fill('Seems unbothered by the Russian power play, Sejry says');
  await form.getByLabel('Claimed by').selectOption('mustafa-sejry');
}

describe.concurrent('authoring in the browser', () => {
  it('adds a relation from a text selection, keeps it across a reload, and exports it', async ({ expect }) => {
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
    await page.getByRole('group', { name: 'Your edits' }).waitFor();
    // The words lie inside a marked passage, a link to its relation: a drag over them selects the words, not the relation.
    await selectInArticle(page, 7, QUOTE);
    expect(new URL(page.url()).searchParams.get('select')).toBeNull();
    await page.getByRole('toolbar', { name: 'Passage' }).getByRole('button', { name: 'New relation from this passage' }).click();
    const form = page.getByRole('dialog', { name: 'New relation from this passage' });
    expect(await form.locator('blockquote').textContent()).toBe(`“${QUOTE}”`);
    await fillSejryRelation(form);
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

  it('keeps an edit made just before the page is reloaded', async ({ expect }) => {
    const { context, page, errors } = await openEditing();
    await selectInArticle(page, 7, QUOTE);
    await page.getByRole('toolbar', { name: 'Passage' }).getByRole('button', { name: 'New relation from this passage' }).click();
    const form = page.getByRole('dialog', { name: 'New relation from this passage' });
    await fillSejryRelation(form);
    // The page reloads itself 50 ms after the new relation is shown: before the save that waits
    // 300 ms for more edits, whose timer starts after it and so always fires later.
    await page.evaluate(() => {
      const shown = () => document.querySelector('[aria-label="Details"] h2')?.getAttribute('aria-label') === 'United States — hostility → Mustafa Sejry';
      const watch = new MutationObserver(() => {
        if (!shown()) return;
        watch.disconnect();
        setTimeout(() => window.location.reload(), 50);
      });
      watch.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const reloaded = page.waitForEvent('load');
    await form.getByRole('button', { name: 'Add the relation' }).click();
    await reloaded;
    await page.locator('svg[data-layout="settled"]').waitFor();
    // The edit is kept even if IndexedDB had no time before the page went: this tab's session
    // storage has it (pendingEdit.ts). Restoring checks it with the validator, which loads first:
    // on a loaded machine that takes more than the poll's default second.
    await expect.poll(() => drawnRelationCount(page), { timeout: 10_000 }).toBe(63);
    expect(await page.getByText(/Your edits from .* were restored/).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes words dragged across the edge of a marked passage as they are, from the paragraph, not the passage', async ({ expect }) => {
    const { context, page, errors } = await openEditing();
    // From plain words into the passage on Sejry's American patrons.
    const words = 'He also said his American patrons do not appear';
    await selectInArticle(page, 7, words);
    expect(await page.locator('.article-body [data-part="7"] mark', { hasText: 'his American patrons' }).count()).toBe(1);
    await page.getByRole('toolbar', { name: 'Passage' }).getByRole('button', { name: 'New relation from this passage' }).click();
    const form = page.getByRole('dialog', { name: 'New relation from this passage' });
    expect(await form.locator('blockquote').textContent()).toBe(`“${words}”`);
    expect(new URL(page.url()).searchParams.get('select')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds a relation with a new actor proposed from the words, claimed by a quoted person who is not on the map', async ({ expect }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.route('**/fixtures/quoted-dispute.json', (route) => route.fulfill({ json: quotedDispute() }));
    await page.goto(appUrl('?data=fixtures/quoted-dispute.json'));
    await page.locator('svg[data-layout="settled"]').waitFor();
    await startEditing(page);
    await selectInArticle(page, 4, 'the Raiders have threatened Captain Oren Dahl');
    await page.getByRole('toolbar', { name: 'Passage' }).getByRole('button', { name: 'New relation from this passage' }).click();
    const form = page.getByRole('dialog', { name: 'New relation from this passage' });
    // The Raiders are named in the words: proposed as the source, said so, and nothing else chosen.
    expect(await form.getByLabel('Who (source)').inputValue()).toBe('raiders');
    await form.getByText('Found in the words: “the Raiders”.').waitFor();
    expect(await form.getByLabel('Stance').inputValue()).toBe('');
    await screenshot(page, 'relation-form-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'relation-form-390');
    await page.setViewportSize({ width: 1280, height: 720 });

    await form.getByRole('button', { name: 'Add ‘Captain Oren Dahl’ as a new actor' }).click();
    const actorForm = page.getByRole('dialog', { name: 'A new actor' });
    expect(await actorForm.getByLabel('A passage that names it').inputValue()).toBe('the Raiders have threatened Captain Oren Dahl');
    await actorForm.getByLabel('Kind').selectOption('person');
    await actorForm.getByLabel('Description').fill('A ship’s captain on the coast.');
    await screenshot(page, 'actor-form-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'actor-form-390');
    await page.setViewportSize({ width: 1280, height: 720 });
    await actorForm.getByRole('button', { name: 'Use this actor' }).click();

    expect(await form.getByLabel('Toward whom (target)').locator('option:checked').textContent()).toBe('Captain Oren Dahl (new)');
    await form.getByLabel('Stance').selectOption('hostility');
    await form.getByLabel('Status').selectOption('threatened');
    await form.getByLabel('Summary').fill('Threaten a ship’s captain and his crew');
    await form.getByLabel('Claimed by').selectOption({ label: 'Someone quoted who is not on the map…' });
    await form.getByLabel('Their name').fill('Tomas Brand');
    await form.getByLabel('Who they are').fill('A harbour pilot');
    await form.getByRole('button', { name: 'Add the relation' }).click();

    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).getAttribute('aria-label')).toBe('The Raiders — hostility → Captain Oren Dahl');
    expect(await details.locator('dd').filter({ hasText: 'Tomas Brand' }).textContent({ timeout: 5000 })).toBe('Tomas Brand (A harbour pilot)');
    // The pilot is credited by name, not drawn: the map holds the six actors and the new captain.
    const map = page.getByRole('group', { name: 'Map of actors and their stances' });
    expect(await map.getByRole('button', { name: 'Tomas Brand', exact: false }).count()).toBe(0);
    await expect.poll(() => map.getByRole('button', { name: 'Captain Oren Dahl', exact: true }).count()).toBe(1);
    await screenshot(page, 'author-claimant-details');
    expect(errors).toEqual([]);
    await context.close();
  });
});
