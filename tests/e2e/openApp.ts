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
    const path = document.querySelector<SVGPathElement>(`[data-relation-id="${id}"] .relation-line`)!;
    const matrix = path.getScreenCTM()!;
    for (const fraction of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75]) {
      const point = path.getPointAtLength(path.getTotalLength() * fraction);
      const screen = { x: point.x * matrix.a + point.y * matrix.c + matrix.e, y: point.x * matrix.b + point.y * matrix.d + matrix.f };
      if (!document.elementFromPoint(screen.x, screen.y)?.closest('[data-actor-id]')) return screen;
    }
    return null;
  }, relationId);
}

export const selectedInUrl = (page: Page) => page.evaluate(() => new URLSearchParams(window.location.search).get('select'));

export async function actorCentre(page: Page, actorId: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator(`[data-actor-id="${actorId}"] .actor-shape`).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
