import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { details, LAPTOP, openApp, PHONE, relationMidpoint } from './openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const closedBlocs = (page: Page) => page.locator('[data-bloc="closed"]').evaluateAll((blocs) => blocs.map((bloc) => bloc.getAttribute('data-actor-id')));
const drawnActors = (page: Page) => page.locator('[data-actor-id]').count();
/** The viewport's transform, sampled every frame for a while: how many distinct views the map passed through. */
const viewsDuring = (page: Page, ms: number) =>
  page.evaluate(
    (duration) =>
      new Promise<number>((resolve) => {
        const seen = new Set<string>();
        const start = performance.now();
        const sample = () => {
          seen.add(document.querySelector('.stance-map-svg .viewport')!.getAttribute('transform') ?? '');
          if (performance.now() - start < duration) requestAnimationFrame(sample);
          else resolve(seen.size);
        };
        sample();
      }),
    ms,
  );

describe('blocs in the browser', () => {
  it('a phone opens in blocs; a tap on a bloc opens it in place, Show blocs closes them all again', async () => {
    const { page, errors, close } = await openApp(browser, '', { viewport: PHONE, hasTouch: true });
    expect(await closedBlocs(page)).toEqual(expect.arrayContaining(['united-states', 'russia', 'liwa-al-mutasim', 'turkey']));
    expect(await drawnActors(page)).toBe(17);
    await screenshot(page, 'blocs-phone-closed');
    const russia = page.getByRole('button', { name: /^Russia · 3, a bloc of 3 actors/ });
    const before = (await russia.locator('.actor-shape').boundingBox())!;
    await page.touchscreen.tap(before.x + before.width / 2, before.y + before.height / 2);
    await page.locator('[data-actor-id="vladimir-putin"]').waitFor();
    expect(await page.locator('[data-actor-id="russia"]').getAttribute('data-bloc')).toBe('open');
    expect(await details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Russia');
    await page.locator('svg[data-layout="settled"]').waitFor();
    await screenshot(page, 'blocs-phone-russia-open');
    // The details sheet closes it again; with the sheet closed, Show blocs opens every bloc and closes them all.
    await details(page).getByRole('button', { name: 'Close into one bloc' }).tap();
    await expect.poll(() => drawnActors(page)).toBe(17);
    await details(page).getByRole('button', { name: 'Close details' }).tap();
    const showBlocs = page.getByRole('button', { name: 'Show blocs' });
    expect(await showBlocs.getAttribute('aria-pressed')).toBe('true');
    await showBlocs.tap();
    await expect.poll(() => drawnActors(page)).toBe(29);
    await showBlocs.tap();
    await expect.poll(() => drawnActors(page)).toBe(17);
    expect(errors).toEqual([]);
    await close();
  });

  it('an aggregated line lists who did what, and each entry opens its passage', async () => {
    const { page, errors, close } = await openApp(browser, '?blocs=all', { viewport: { width: 1280, height: 720 } });
    // The United States' payments to the brigade: the Pentagon's, on the bloc's line.
    const point = (await relationMidpoint(page, 'pentagon-salaries-sporadic'))!;
    expect(point).not.toBeNull();
    await page.mouse.click(point.x, point.y);
    const menu = page.getByRole('menu', { name: /^United States — payment → Liwa al-Mu’tasim Brigade: \d relations$/ });
    await menu.waitFor();
    const entry = menu.locator('[data-pick-relation-id="pentagon-salaries-sporadic"]');
    expect(await entry.textContent()).toContain('The Pentagon — payment → Liwa al-Mu’tasim Brigade');
    await screenshot(page, 'blocs-laptop-chooser');
    await entry.click();
    await expect.poll(() => details(page).locator('blockquote').count()).toBeGreaterThan(0);
    // Chosen, its ends are on the map: the blocs that held them opened.
    expect(await page.locator('[data-actor-id="pentagon"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens a bloc with the keyboard, and a deep link into a closed bloc opens it', async () => {
    const { page, close } = await openApp(browser, '?blocs=all', { viewport: LAPTOP });
    const bloc = page.getByRole('button', { name: /^Turkey · 2, a bloc of 2 actors/ });
    await bloc.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-actor-id="recep-tayyip-erdogan"]').waitFor();
    expect(await page.locator('[data-actor-id="turkey"]').getAttribute('data-bloc')).toBe('open');
    await close();

    const linked = await openApp(browser, '?blocs=all&select=relation:brigade-threatened-to-withdraw', { viewport: PHONE, hasTouch: true });
    // CENTCOM is the Pentagon's, which is the United States': both open; the other blocs stay closed.
    expect(await linked.page.locator('[data-actor-id="centcom"]').count()).toBe(1);
    expect(await closedBlocs(linked.page)).toEqual(expect.arrayContaining(['russia', 'turkey']));
    expect(await closedBlocs(linked.page)).not.toContain('united-states');
    await linked.close();
  });

  it('finds an actor inside a closed bloc by search, opening its bloc', async () => {
    const { page, close } = await openApp(browser, '', { viewport: PHONE, hasTouch: true });
    await page.getByRole('combobox').fill('Central Command');
    await page.getByRole('option', { name: /U\.S\. Central Command/ }).tap();
    await page.locator('[data-actor-id="centcom"]').waitFor();
    expect(await details(page).getByRole('heading', { level: 2 }).textContent()).toBe('U.S. Central Command');
    await close();
  });

  it('glides to the opened bloc, and under reduced motion moves the view in one step', async () => {
    for (const motion of ['no-preference', 'reduce'] as const) {
      const { page, close } = await openApp(browser, '?blocs=all', { viewport: LAPTOP });
      await page.emulateMedia({ reducedMotion: motion });
      // Zoomed in first, so that the view has somewhere to go when the map is drawn anew.
      for (let press = 0; press < 3; press++) await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(400);
      const watching = viewsDuring(page, 700);
      await page.getByRole('button', { name: 'Show blocs' }).click();
      const views = await watching;
      if (motion === 'reduce') expect(views, 'views passed through under reduced motion').toBeLessThanOrEqual(2);
      else expect(views, 'views passed through while gliding').toBeGreaterThan(3);
      await close();
    }
  });
});
