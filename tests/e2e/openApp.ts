import type { Browser, Page } from 'playwright-core';
import { appUrl, watchErrors } from './browser';

export const LAPTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * Opens the built app and waits until the map says its layout is settled: a state, never a sleep.
 * `countCommits` installs a stand-in for the React DevTools hook, so a test can count React commits.
 */
export async function openApp(browser: Browser, query = '', options: { viewport?: { width: number; height: number }; countCommits?: boolean; hasTouch?: boolean } = {}) {
  const context = await browser.newContext({ viewport: options.viewport ?? LAPTOP, hasTouch: options.hasTouch ?? false, isMobile: options.hasTouch ?? false });
  const page = await context.newPage();
  if (options.countCommits) {
    await page.addInitScript(() => {
      const hookWindow = window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown; stancemapCommits: number };
      hookWindow.stancemapCommits = 0;
      hookWindow.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
        supportsFiber: true,
        renderers: new Map(),
        inject: () => 1,
        checkDCE: () => {},
        onScheduleFiberRoot: () => {},
        onCommitFiberRoot: () => {
          hookWindow.stancemapCommits++;
        },
        onCommitFiberUnmount: () => {},
        onPostCommitFiberRoot: () => {},
      };
    });
  }
  const errors = watchErrors(page);
  await page.goto(appUrl(query));
  await page.locator('svg[data-layout="settled"]').waitFor();
  return { page, errors, close: () => context.close() };
}

export const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
export const article = (page: Page) => page.getByRole('region', { name: 'Article' });

/**
 * Where a reader would click a relation: the point of its drawn line nearest the middle that no
 * actor covers (a line that runs under an actor cannot be clicked there). Null if none is free.
 */
export async function relationMidpoint(page: Page, relationId: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((id) => {
    // A relation is drawn by its own line, or by its group's (`data-relation-ids`).
    const path = document.querySelector<SVGPathElement>(`:is([data-relation-id="${id}"], [data-relation-ids~="${id}"]) > .relation-line`)!;
    const matrix = path.getScreenCTM()!;
    for (const fraction of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75]) {
      const point = path.getPointAtLength(path.getTotalLength() * fraction);
      const screen = { x: point.x * matrix.a + point.y * matrix.c + matrix.e, y: point.x * matrix.b + point.y * matrix.d + matrix.f };
      // Visible there: the line itself is what the pointer would meet, not an actor, a label or another line.
      if (document.elementFromPoint(screen.x, screen.y)?.closest('[data-relation-id], [data-relation-ids]') === path.parentElement) return screen;
    }
    return null;
  }, relationId);
}

export const selectedInUrl = (page: Page) => page.evaluate(() => new URLSearchParams(window.location.search).get('select'));

export async function actorCentre(page: Page, actorId: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator(`[data-actor-id="${actorId}"] .actor-shape`).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Selects a relation as a reader would: a click (or a tap) on its line, then, when the line draws
 * a group of relations, its entry in the chooser that opens there.
 */
export async function pickRelation(page: Page, relationId: string, { tap = false } = {}): Promise<void> {
  const point = await relationMidpoint(page, relationId);
  if (!point) throw new Error(`no visible point of the line of ${relationId}`);
  if (tap) await page.touchscreen.tap(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
  if ((await page.locator(`.stance-map-svg [data-relation-ids~="${relationId}"]`).count()) === 0) return;
  const entry = page.getByRole('menu').locator(`[data-pick-relation-id="${relationId}"]`);
  // A line that did not open its chooser (the click landed on another) fails fast. On touch the
  // first tap on a fresh page is sometimes not answered (a known gap of issue 15): one more try.
  if (tap && !(await entry.waitFor({ timeout: 3000 }).then(() => true, () => false))) await page.touchscreen.tap(point.x, point.y);
  if (tap) await entry.tap({ timeout: 3000 });
  else await entry.click({ timeout: 3000 });
}

/** How many relations the map draws, on lines of their own or in groups. */
export function drawnRelationCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.stance-map-svg :is([data-relation-id], [data-relation-ids])')].reduce(
      (count, line) => count + (line.getAttribute('data-relation-ids')?.split(' ').length ?? 1),
      0,
    ),
  );
}

/** The selector of the line that draws a relation: its own, or its group's. */
export const lineOf = (relationId: string) => `.stance-map-svg :is([data-relation-id="${relationId}"], [data-relation-ids~="${relationId}"])`;
