import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it, type ExpectStatic } from 'vitest';
import { axeOn, VIOLATIONS_ONLY } from './axe';
import { appUrl, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// WCAG 2.5.3 Label in Name: axe tags it experimental, so a tag run leaves it out unless it is named.
const LABEL_IN_NAME = 'label-content-name-mismatch';

async function seriousViolations(page: Page, expect: ExpectStatic) {
  const results = await axeOn(page).withTags(TAGS).options({ ...VIOLATIONS_ONLY, rules: { [LABEL_IN_NAME]: { enabled: true } } }).analyze();
  expect([...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((rule) => rule.id)).toContain(LABEL_IN_NAME);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
}

const STATES: { name: string; query: string; options?: { colorScheme?: 'dark' | 'light'; reducedMotion?: 'reduce'; forcedColors?: 'active' } }[] = [
  { name: 'first load', query: '' },
  { name: 'an actor selected', query: '?select=actor:russia' },
  { name: 'a relation selected', query: '?select=relation:pentagon-bonus-not-delivered' },
  { name: 'filters in use', query: '?hideStances=hostility&hideKinds=person' },
  { name: 'the embed', query: 'embed.html?select=relation:russia-offers-weapons-and-air-support' },
  { name: 'presentation', query: '?present=1&step=3' },
  { name: 'the presenter view', query: '?present=1&presenter=1&step=3' },
  { name: 'a story in an embed', query: '?embed=1&present=1&step=2' },
  { name: 'read-along', query: '?read=1&step=4' },
  { name: 'dark theme', query: '?select=actor:turkey', options: { colorScheme: 'dark' } },
  { name: 'reduced motion', query: '', options: { reducedMotion: 'reduce' } },
  { name: 'forced colours', query: '', options: { forcedColors: 'active' } },
  { name: 'the interface in Arabic, a relation selected', query: '?lang=ar&select=relation:pentagon-bonus-not-delivered' },
  { name: 'an Arabic presentation', query: '?lang=ar&present=1&step=3' },
  { name: 'the embed in Arabic', query: 'embed.html?lang=ar&select=actor:russia' },
  { name: 'the interface in French, an actor selected', query: '?lang=fr&select=actor:russia' },
];

describe.concurrent('accessibility audit (axe-core, WCAG 2.2 AA)', () => {
  for (const state of STATES) {
    it(`finds no serious or critical violation: ${state.name}`, async ({ expect }) => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...state.options });
      const page = await context.newPage();
      await page.goto(appUrl(state.query));
      await page.locator('svg[data-layout="settled"]').waitFor();
      expect(await seriousViolations(page, expect)).toEqual([]);
      await context.close();
    });
  }

  it('finds no serious or critical violation in the story editor', async ({ expect }) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(appUrl(''));
    await page.locator('svg[data-layout="settled"]').waitFor();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Story' }).click();
    await page.getByRole('complementary', { name: 'Story' }).waitFor();
    expect(await seriousViolations(page, expect)).toEqual([]);
    await context.close();
  });

  it('finds no serious or critical violation in the table view', async ({ expect }) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(appUrl('?select=actor:russia'));
    await page.locator('svg[data-layout="settled"]').waitFor();
    await page.getByRole('button', { name: 'Show as a table' }).click();
    await page.getByRole('table', { name: /^Relations/ }).waitFor();
    expect(await seriousViolations(page, expect)).toEqual([]);
    await context.close();
  });

  it('finds no serious or critical violation in a dataset’s error list', async ({ expect }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(appUrl('?data=https://127.0.0.1:1/missing.json'));
    await page.getByRole('heading', { level: 1, name: 'This dataset could not be opened' }).waitFor();
    expect(await seriousViolations(page, expect)).toEqual([]);
    await context.close();
  });
});
