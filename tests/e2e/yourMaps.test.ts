import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, screenshot, watchErrors } from './browser';
import { details, LAPTOP, PHONE, pickRelation, selectedInUrl } from './openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TEXT = 'A Port Changes Hands\nThe navy leaves, the militia stays\n\nThe port of Southland was sold to the harbour militia on Tuesday.\n\nThe navy left in March, its officers said.';
const SMALL = readFileSync('data/fixtures/small.json');
const mapInUrl = (page: Page) => page.evaluate(() => new URLSearchParams(window.location.search).get('map'));
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('your own map, started and kept', () => {
  it('starts from pasted text alone, keeps maps across a reload with their selection, goes Back, and the example map is one click away', { timeout: 90_000 }, async () => {
    const context = await browser.newContext({ viewport: LAPTOP });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(appUrl());
    await page.locator('svg[data-layout="settled"]').waitFor();
    const bundledTitle = await heading(page);

    await page.getByRole('button', { name: 'New map' }).click();
    const start = page.getByRole('dialog', { name: 'New map' });
    await start.getByRole('textbox', { name: /The article’s text/ }).fill(TEXT);
    await screenshot(page, 'new-map-start-laptop');
    await start.getByRole('button', { name: 'Start the map' }).click();
    await expect.poll(() => heading(page)).toBe('A Port Changes Hands');
    await page.getByRole('note', { name: 'Your map is empty' }).waitFor();
    expect(await page.getByRole('region', { name: 'Article' }).getByText('The navy left in March').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Edit', exact: true }).getAttribute('aria-pressed')).toBe('true');
    const newMap = await mapInUrl(page);
    expect(newMap).toMatch(/^[a-z2-9]{8}$/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'edits are saved in this browser' }).count()).toBe(1);
    await screenshot(page, 'new-map-empty-laptop');

    // A map with lines on it, opened through the Open dialog, becomes another of Your maps.
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByRole('dialog', { name: 'Open a dataset' }).getByLabel('Choose a file…').setInputFiles({ name: 'harbour.json', mimeType: 'application/json', buffer: SMALL });
    await expect.poll(() => heading(page)).toBe('A fictional harbour dispute');
    await page.locator('svg[data-layout="settled"]').waitFor();
    const fileMap = await mapInUrl(page);
    expect(fileMap).not.toBe(newMap);
    await pickRelation(page, 'navy-shells-raiders');
    expect(await selectedInUrl(page)).toBe('relation:navy-shells-raiders');
    const selectedHeading = await details(page).getByRole('heading', { level: 2 }).getAttribute('aria-label');
    expect(selectedHeading).toMatch(/hostility/);

    // Reload: the same map, the same selection, in the address and on screen.
    await page.reload();
    await page.locator('svg[data-layout="settled"]').waitFor();
    expect(await heading(page)).toBe('A fictional harbour dispute');
    expect(await mapInUrl(page)).toBe(fileMap);
    expect(await selectedInUrl(page)).toBe('relation:navy-shells-raiders');
    expect(await details(page).getByRole('heading', { level: 2 }).getAttribute('aria-label')).toBe(selectedHeading);

    // Back: first the selection, then the map before.
    await page.goBack();
    await expect.poll(() => selectedInUrl(page)).toBeNull();
    await page.goBack();
    await expect.poll(() => heading(page)).toBe('A Port Changes Hands');
    expect(await mapInUrl(page)).toBe(newMap);

    // Both are in Your maps; the example map is one click from there.
    await page.getByRole('button', { name: 'Your maps' }).click();
    const maps = page.getByRole('dialog', { name: 'Your maps' });
    await maps.getByRole('button', { name: /^A fictional harbour dispute changed/ }).waitFor();
    expect(await maps.getByRole('button', { name: /^A Port Changes Hands/ }).count()).toBe(1);
    await screenshot(page, 'your-maps-laptop');
    await maps.getByRole('link', { name: 'Open the example map' }).click();
    await expect.poll(() => heading(page)).toBe(bundledTitle);
    expect(await mapInUrl(page)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits New map, the empty map and Your maps on a phone', async () => {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(appUrl());
    await page.locator('svg[data-layout="settled"]').waitFor();
    const newMapButton = page.getByRole('button', { name: 'New map' });
    expect(await newMapButton.isVisible()).toBe(true);
    await screenshot(page, 'header-phone');
    await newMapButton.click();
    const start = page.getByRole('dialog', { name: 'New map' });
    await start.getByRole('textbox', { name: /The article’s text/ }).fill(TEXT);
    await screenshot(page, 'new-map-start-phone');
    await start.getByRole('button', { name: 'Start the map' }).click();
    await expect.poll(() => heading(page)).toBe('A Port Changes Hands');
    await screenshot(page, 'new-map-empty-phone');
    await page.getByRole('button', { name: 'Go to the article' }).click();
    expect(await page.getByRole('region', { name: 'Article' }).getByText('The navy left in March').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('button', { name: 'Your maps' }).click();
    await page.getByRole('dialog', { name: 'Your maps' }).getByRole('button', { name: /^A Port Changes Hands/ }).waitFor();
    await screenshot(page, 'your-maps-phone');
    await context.close();
  });
});
