import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { openScreen } from './measureMap';
import { article, details } from './openApp';

// Two fictional disputes written for these tests: an Arabic one that gives its language
// (article.language "ar"), and a Hebrew one that does not, so its direction comes from its letters.
const arabic = { path: 'fixtures/arabic-dam.json', json: JSON.parse(readFileSync('data/fixtures/arabic-dam.json', 'utf8')) as unknown };
const hebrew = { path: 'fixtures/hebrew-port.json', json: JSON.parse(readFileSync('data/fixtures/hebrew-port.json', 'utf8')) as unknown };
const LAPTOP = { name: 'laptop', viewport: { width: 1440, height: 900 }, touch: false, embed: false };
const EMBED = { name: 'embed', viewport: { width: 720, height: 600 }, touch: false, embed: true };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** How an element's text is laid out: its direction, its language, and the side its first line keeps to. */
function layoutOf(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(element);
    const firstLine = range.getClientRects()[0]!;
    return {
      direction: style.direction,
      lang: element.closest('[lang]')?.getAttribute('lang') ?? null,
      // A right-to-left line starts at the right: the gap at its right is the padding, not the rest of the line.
      keepsRight: box.right - firstLine.right < firstLine.left - box.left,
    };
  });
}

describe.concurrent('right-to-left articles in the explorer', () => {
  it('lays out an Arabic article, its passages and its details right to left, in Arabic', async ({ expect }) => {
    const open = await openScreen(browser, LAPTOP, arabic);
    const { page } = open;
    expect(await layoutOf(page, '.article-body p')).toEqual({ direction: 'rtl', lang: 'ar', keepsRight: true });
    expect(await layoutOf(page, '.article-title')).toMatchObject({ direction: 'rtl', lang: 'ar' });

    // A quote clicked in the article selects its relation, and the details quote it right to left.
    await article(page).locator('mark[data-relation-ids="valley-pays-company"] a').click();
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).getAttribute('aria-label')).toBe('جمهورية الوادي — payment → شركة البناء الوطنية');
    expect(await layoutOf(page, '.details-panel .evidence-quote p')).toEqual({ direction: 'rtl', lang: 'ar', keepsRight: true });
    expect(await details(page).locator('.evidence-quote p').textContent()).toBe('“ودفعت جمهورية الوادي للشركة ١٠٠ مليون دينار”');
    expect(open.errors).toEqual([]);
    await screenshot(page, 'rtl-arabic-explorer');
    await open.close();
  });

  it('scrolls the article to a right-to-left passage when its relation is selected from the map', async ({ expect }) => {
    // Thirty more paragraphs before the last one, so the reader has to scroll to it.
    const json = structuredClone(arabic.json) as { article: { paragraphs: string[] } };
    const { paragraphs } = json.article;
    paragraphs.splice(-1, 0, ...Array.from({ length: 30 }, (_, at) => `فقرة إضافية رقم ${at + 1} لا تذكر أي طرف من أطراف النزاع.`));
    const open = await openScreen(browser, LAPTOP, { path: 'fixtures/arabic-dam-long.json', json });
    const { page } = open;
    expect(await article(page).locator('mark[data-relation-ids="river-watch-warns"]').evaluate((mark) => mark.getBoundingClientRect().top > mark.closest('.article-reader')!.getBoundingClientRect().bottom)).toBe(true);
    await page.locator('.stance-map-svg [data-relation-id="river-watch-warns"], .stance-map-svg [data-relation-ids~="river-watch-warns"]').first().focus();
    await page.keyboard.press('Enter');
    const current = article(page).locator('mark[aria-current="true"]');
    await expect.poll(() => current.textContent()).toBe('تقرير لمنظمة River Watch المشروع بأنه «خطر على المنطقة»');
    await expect
      .poll(() =>
        current.evaluate((mark) => {
          const reader = mark.closest('.article-reader')!.getBoundingClientRect();
          const box = mark.getBoundingClientRect();
          return box.top >= reader.top && box.bottom <= reader.bottom && getComputedStyle(mark).direction === 'rtl';
        }),
      )
      .toBe(true);
    await open.close();
  });

  it('draws Arabic labels right to left beside their shapes, overlapping none', async ({ expect }) => {
    const open = await openScreen(browser, LAPTOP, arabic);
    const { page } = open;
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('.stance-map-svg .actor')].map((actor) => ({ id: actor.getAttribute('data-actor-id'), direction: actor.querySelector('.actor-label')!.getAttribute('direction') })),
    );
    expect(labels.filter((label) => label.direction === 'rtl').map((label) => label.id).sort()).toEqual(['building-company', 'farmers-council', 'plain-kingdom', 'salma-haddad', 'valley-republic']);
    expect(labels.find((label) => label.id === 'river-watch')!.direction).toBeNull();
    const report = await page.evaluate(() => window.stancemapMeasure!.labels());
    expect(report.shapeOverlaps).toEqual([]);
    expect(report.labelOverlaps).toEqual([]);
    await open.close();
  });

  it('lays out a Hebrew article that names no language right to left, by its letters', async ({ expect }) => {
    const open = await openScreen(browser, LAPTOP, hebrew);
    const { page } = open;
    expect(await layoutOf(page, '.article-body p')).toMatchObject({ direction: 'rtl', keepsRight: true });
    await article(page).locator('mark[data-relation-ids="municipality-offers-grant"] a').click();
    await expect.poll(() => details(page).getByRole('heading', { level: 2 }).getAttribute('aria-label')).toBe('עיריית חוף הים — offer → איגוד הדייגים');
    expect(await layoutOf(page, '.details-panel .evidence-quote p')).toMatchObject({ direction: 'rtl', keepsRight: true });
    // The credit keeps the interface's order around the Hebrew byline: "By <name> · <date>".
    expect(await page.locator('.byline').textContent()).toBe('By כתב הניסויים · 14 September 2026');
    expect(open.errors).toEqual([]);
    await screenshot(page, 'rtl-hebrew-explorer');
    await open.close();
  });
});

describe.concurrent('right-to-left articles in the embed', () => {
  it('shows an Arabic map’s title and passages right to left', async ({ expect }) => {
    const open = await openScreen(browser, EMBED, arabic);
    const { page } = open;
    expect(await layoutOf(page, '.embed-header h1')).toMatchObject({ direction: 'rtl', keepsRight: true });
    const actor = page.locator('.stance-map-svg .actor[data-actor-id="plain-kingdom"]');
    await actor.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.details-panel h2').textContent()).toBe('مملكة السهل');
    expect(await layoutOf(page, '.details-panel .evidence-quote p')).toEqual({ direction: 'rtl', lang: 'ar', keepsRight: true });
    expect(open.errors).toEqual([]);
    await screenshot(page, 'rtl-arabic-embed');
    await open.close();
  });
});
