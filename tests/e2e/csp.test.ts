import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

/** Serves the built app with the strict policy as a response header, and records every violation. */
async function strictPage(): Promise<{ page: Page; violations: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
  });
  await context.addInitScript(() => {
    const recorded: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = recorded;
    document.addEventListener('securitypolicyviolation', (event) => recorded.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // The page fetches the dialogs' code when idle; a fetch still in flight at close must not fail the run.
  const close = async () => {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  };
  return { page, violations, close };
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('under a strict Content-Security-Policy', () => {
  it('runs every view with no violation', async () => {
    const { page, violations, close } = await strictPage();
    for (const query of ['', '?select=relation:pentagon-bonus-not-delivered', '?present=1&step=4', '?read=1&step=3', '?embed=1&select=actor:russia']) {
      await page.goto(appUrl(query));
      await page.locator('svg[data-layout="settled"]').waitFor();
      // Interact: hover and click the map, open the article's passage, the Embed and Open dialogs.
      if (query === '') {
        const russia = (await page.locator('[data-actor-id="russia"] .actor-shape').boundingBox())!;
        await page.mouse.click(russia.x + russia.width / 2, russia.y + russia.height / 2);
        await page.getByRole('button', { name: 'Embed' }).click();
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Open…' }).click();
        await page.keyboard.press('Escape');
      }
      expect(await recorded(page), query).toEqual([]);
    }
    expect(violations).toEqual([]);
    await close();
  });

  it('loads no inline script and no on* attribute in the built page', async () => {
    const { page, close } = await strictPage();
    await page.goto(appUrl(''));
    await page.locator('svg[data-layout="settled"]').waitFor();
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await page.evaluate(() => [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length)).toBe(0);
    await close();
  });
});
