import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { actorCentre, article, details, drawnRelationCount, LAPTOP, openApp, PHONE, pickRelation, selectedInUrl } from './openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether the app has fetched one of its lazily loaded chunks (by the name its file starts with). */
const chunkLoaded = (page: Page, name: string) => page.evaluate((chunk) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/${chunk}-`)), name);

/** Clicks a button and says whether `shown` was on the page just after the click: in its own task, not a later one. */
async function shownAfterClick(page: Page, button: string, shown: string): Promise<boolean> {
  await page.evaluate((selector) => {
    window.addEventListener('click', () => setTimeout(() => ((window as unknown as { shownAfterClick: boolean }).shownAfterClick = document.querySelector(selector) !== null)), { once: true });
  }, shown);
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { shownAfterClick?: boolean }).shownAfterClick)).not.toBeUndefined();
  return page.evaluate(() => (window as unknown as { shownAfterClick: boolean }).shownAfterClick);
}

describe('the built explorer in Chromium', () => {
  it('opens on the bundled dataset with its title, the whole map in view, and the article', async () => {
    const { page, errors, close } = await openApp(browser);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Russia courts a U.S.-trained Syrian rebel brigade');
    expect(await page.locator('[data-actor-id]').count()).toBe(29);
    expect(await drawnRelationCount(page)).toBe(62);
    // Relations with the same ends, direction and stance share a line: 62 relations on 54 lines.
    expect(await page.locator('.stance-map-svg :is([data-relation-id], [data-relation-ids])').count()).toBe(54);
    expect(await article(page).locator('mark').count()).toBeGreaterThan(40);
    // The initial view fits the whole graph: every actor's shape lies inside the map.
    const mapBox = (await page.locator('svg.stance-map-svg').boundingBox())!;
    for (const box of await page.locator('.actor-shape').evaluateAll((shapes) => shapes.map((shape) => shape.getBoundingClientRect().toJSON()))) {
      expect(box.left).toBeGreaterThanOrEqual(mapBox.x);
      expect(box.right).toBeLessThanOrEqual(mapBox.x + mapBox.width);
      expect(box.top).toBeGreaterThanOrEqual(mapBox.y);
      expect(box.bottom).toBeLessThanOrEqual(mapBox.y + mapBox.height);
    }
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(LAPTOP.height);
    await screenshot(page, 'explorer-laptop');
    expect(errors).toEqual([]);
    await close();
  });

  it('marks the passages in the article’s title and dek in the article’s own typeface', async () => {
    const { page, close } = await openApp(browser);
    const typeface = (selector: string) =>
      article(page)
        .locator(selector)
        .first()
        .evaluate((element) => `${getComputedStyle(element).fontFamily} ${getComputedStyle(element).fontSize} ${getComputedStyle(element).fontStyle}`);
    for (const part of ['.article-title', '.article-dek']) {
      expect(await article(page).locator(`${part} mark a`).count(), part).toBeGreaterThan(0);
      expect(await typeface(`${part} mark a`), part).toBe(await typeface(part));
    }
    await close();
  });

  it('lays the map out the same way on every load', async () => {
    const positions = async () => {
      const { page, close } = await openApp(browser);
      const transforms = await page.locator('[data-actor-id]').evaluateAll((nodes) => nodes.map((node) => `${node.getAttribute('data-actor-id')} ${node.getAttribute('transform')}`));
      await close();
      return transforms;
    };
    const first = await positions();
    expect(first).toHaveLength(29);
    expect(await positions()).toEqual(first);
  });

  it('shows the passage when a real SVG line is clicked with the pointer, and scrolls the article to it', async () => {
    const { page, errors, close } = await openApp(browser);
    // Its line also draws the Pentagon's other payment to the brigade: the chooser that opens lists both.
    await pickRelation(page, 'pentagon-bonus-not-delivered');
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).getAttribute('aria-label')).toBe('The Pentagon — payment → Liwa al-Mu’tasim Brigade');
    expect(await details(page).locator('blockquote').first().textContent()).toBe('“a promised bonus, after the first six months, never materialized”');
    const current = article(page).locator('mark[aria-current="true"]');
    expect(await current.textContent()).toBe('a promised bonus, after the first six months, never materialized');
    await expect.poll(() => current.evaluate((mark) => {
      const reader = mark.closest('.article-reader')!.getBoundingClientRect();
      const box = mark.getBoundingClientRect();
      return box.top >= reader.top && box.bottom <= reader.bottom;
    })).toBe(true);
    expect(await selectedInUrl(page)).toBe('relation:pentagon-bonus-not-delivered');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the first clicked actor’s details in the click’s own task, the details having loaded while the page was idle', async () => {
    const { page, close } = await openApp(browser);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /SelectedDetails/.test(entry.name)))).toBe(true);
    // Read just after the click's handlers and what React does at their end, before any later task.
    await page.evaluate(() => {
      window.addEventListener('click', () => setTimeout(() => ((window as unknown as { headingAfterClick: string | null }).headingAfterClick = document.querySelector('[aria-label="Details"] h2')?.textContent ?? null)), { once: true });
    });
    const russia = await actorCentre(page, 'russia');
    await page.mouse.click(russia.x, russia.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as { headingAfterClick?: string | null }).headingAfterClick)).not.toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { headingAfterClick: string | null }).headingAfterClick)).toBe('Russia');
    await close();
  });

  it('opens a dialog or the table at the first click, in the click’s own task, once they have loaded while the page was idle', async () => {
    const { page, close } = await openApp(browser);
    for (const chunk of ['EmbedDialog', 'OpenDialog', 'TableView']) await expect.poll(() => chunkLoaded(page, chunk)).toBe(true);
    expect(await shownAfterClick(page, 'Embed', 'dialog[open]')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await shownAfterClick(page, 'Open…', 'dialog[open]')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await shownAfterClick(page, 'Show as a table', 'table')).toBe(true);
    await close();
  });

  it('in Edit mode, opens the suggestions and the article’s details at their first click, fetched once the edit bar showed', async () => {
    const { page, close } = await openApp(browser);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    for (const chunk of ['SuggestionQueue', 'ArticleDetailsForm', 'RelationForm', 'ActorForm']) await expect.poll(() => chunkLoaded(page, chunk)).toBe(true);
    expect(await shownAfterClick(page, 'Suggest from the text', '.suggestion-queue')).toBe(true);
    expect(await shownAfterClick(page, 'Article details…', '[role="dialog"]')).toBe(true);
    await close();
  });

  it('lists an actor’s relations when its node is clicked, and Back undoes the selection', async () => {
    const { page, close } = await openApp(browser);
    const russia = await actorCentre(page, 'russia');
    await page.mouse.click(russia.x, russia.y);
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Russia');
    expect(await details(page).getByRole('region', { name: /^offer/ }).getByRole('button').count()).toBeGreaterThanOrEqual(3);
    const brigade = await actorCentre(page, 'liwa-al-mutasim');
    await page.mouse.click(brigade.x, brigade.y);
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Liwa al-Mu’tasim Brigade');
    await page.goBack();
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Russia');
    await page.goBack();
    await expect.poll(() => details(page).getByText(/Select an actor or a line/).count()).toBe(1);
    await close();
  });

  it('opens a deep link with the selection and filters, and the passage in view', async () => {
    const { page, close } = await openApp(browser, '?select=actor:turkey&hideStances=hostility');
    expect(await details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Turkey');
    expect(await page.locator('.stance-map-svg [data-stance="hostility"]:is([data-relation-id], [data-relation-ids])').count()).toBe(0);
    // The key on the map opens folded at this size; unfolded, it shows the stance as hidden.
    await page.getByRole('button', { name: 'Key', exact: true }).click();
    expect(await page.getByRole('region', { name: 'Legend and filters' }).getByRole('button', { name: /hostility/ }).getAttribute('aria-pressed')).toBe('false');
    await close();
  });

  it('pins a dragged actor where it is dropped and releases it on double-click', async () => {
    const { page, close } = await openApp(browser, '', { countCommits: true });
    const start = await actorCentre(page, 'isis');
    const commitsBefore = await page.evaluate(() => (window as unknown as { stancemapCommits: number }).stancemapCommits);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(start.x - step * 8, start.y + step * 6);
    await page.mouse.up();
    await page.locator('svg[data-layout="settled"]').waitFor();
    const dropped = await actorCentre(page, 'isis');
    expect(Math.abs(dropped.x - (start.x - 80))).toBeLessThan(3);
    expect(Math.abs(dropped.y - (start.y + 60))).toBeLessThan(3);
    expect(await page.locator('[data-actor-id="isis"]').getAttribute('data-pinned')).toBe('true');
    // The layout moved every actor for dozens of frames; React committed only for hover and pin.
    const commits = (await page.evaluate(() => (window as unknown as { stancemapCommits: number }).stancemapCommits)) - commitsBefore;
    expect(commits).toBeLessThan(6);
    // A drag is not a click: nothing was selected.
    expect(await selectedInUrl(page)).toBeNull();
    await page.mouse.dblclick(dropped.x, dropped.y);
    expect(await page.locator('[data-actor-id="isis"]').getAttribute('data-pinned')).toBeNull();
    await close();
  });

  it('zooms with its buttons and fits the map back into view', async () => {
    const { page, close } = await openApp(browser);
    const width = () => page.locator('[data-actor-id="russia"] .actor-shape').evaluate((shape) => shape.getBoundingClientRect().width);
    const initial = await width();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(width).toBeGreaterThan(initial * 1.2);
    await page.getByRole('button', { name: 'Fit map to view' }).click();
    await expect.poll(async () => Math.abs((await width()) - initial)).toBeLessThan(0.5);
    await close();
  });

  it('zooms in with + and =, out with −, and fits with 0, from the keyboard', async () => {
    const { page, close } = await openApp(browser);
    const width = () => page.locator('[data-actor-id="russia"] .actor-shape').evaluate((shape) => shape.getBoundingClientRect().width);
    const initial = await width();
    await page.locator('svg.stance-map-svg').focus();
    await page.keyboard.press('+');
    await expect.poll(width).toBeGreaterThan(initial * 1.2);
    const zoomedIn = await width();
    await page.keyboard.press('=');
    await expect.poll(width).toBeGreaterThan(zoomedIn * 1.2);
    await page.keyboard.press('0');
    await expect.poll(async () => Math.abs((await width()) - initial)).toBeLessThan(0.5);
    await page.keyboard.press('-');
    await expect.poll(width).toBeLessThan(initial / 1.2);
    await close();
  });

  it('walks the map with the keyboard alone', async () => {
    const { page, close } = await openApp(browser);
    await page.locator('svg.stance-map-svg').focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(await focused()).toBe('Liwa al-Mu’tasim Brigade');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatch(/ — (support|hostility|offer|payment) → /);
    await page.keyboard.press('Enter');
    // On a grouped line the name goes on to say which of its relations the keyboard is on.
    const relationName = (await focused())!.replace(/, \d+ relations; \d+ of \d+: .*$/, '');
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).getAttribute('aria-label')).toBe(relationName);
    await page.keyboard.press('Escape');
    await expect.poll(() => details(page).getByText(/Select an actor or a line/).count()).toBe(1);
    await screenshot(page, 'explorer-keyboard-focus');
    await close();
  });

  it('fits a phone: map first, details as a bottom sheet, the article a tab away', async () => {
    const { page, errors, close } = await openApp(browser, '', { viewport: PHONE, hasTouch: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    await screenshot(page, 'explorer-phone');
    await pickRelation(page, 'russia-offers-weapons-and-air-support', { tap: true });
    const sheet = details(page);
    await expect.poll(() => sheet.getByRole('heading', { level: 2 }).getAttribute('aria-label')).toBe('Russia — offer → Liwa al-Mu’tasim Brigade');
    const sheetBox = (await sheet.boundingBox())!;
    expect(sheetBox.y + sheetBox.height).toBeCloseTo(PHONE.height, 0);
    await screenshot(page, 'explorer-phone-selected');
    await page.getByRole('tab', { name: 'Article' }).tap();
    expect(await article(page).isVisible()).toBe(true);
    expect(await page.locator('svg.stance-map-svg').isVisible()).toBe(false);
    await screenshot(page, 'explorer-phone-article');
    expect(errors).toEqual([]);
    await close();
  });
});
