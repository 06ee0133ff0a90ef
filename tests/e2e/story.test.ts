import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, screenshot, SCREENSHOT_DIR, watchErrors } from './browser';
import { pickRelation } from './openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const storyPanel = (page: Page) => page.getByRole('complementary', { name: 'Story' });
const stepNames = (page: Page) => storyPanel(page).getByRole('list', { name: 'Steps' }).getByRole('button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));

/** Words a step the way a teacher does: the fields of the chosen step, left by Tab so they are kept. */
async function wordStep(page: Page, at: number, count: number, { title, caption, notes }: { title: string; caption: string; notes?: string }) {
  const fields = storyPanel(page).getByRole('group', { name: `Step ${at} of ${count}` });
  await fields.getByRole('textbox', { name: 'Title' }).fill(title);
  await fields.getByRole('textbox', { name: 'Caption' }).fill(caption);
  if (notes) await fields.getByRole('textbox', { name: /Speaker notes/ }).fill(notes);
  await page.keyboard.press('Tab');
  await expect.poll(() => stepNames(page)).toContain(`${title}, step ${at} of ${count}`);
}

/** The bundled map in a fresh browser, Edit on and the story editor open, as a teacher starts. */
async function openStoryEditor(viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(appUrl(''));
  await page.locator('svg[data-layout="settled"]').waitFor();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('button', { name: 'Story' }).click();
  await storyPanel(page).getByRole('button', { name: 'Add this view as a step' }).waitFor();
  return { context, page, errors };
}

describe.concurrent('a teacher builds a story in the app and presents it', () => {
  it('makes three steps by pointer and keyboard, reorders by keyboard, presents, reloads, and downloads a valid dataset', { timeout: 120_000 }, async ({ expect }) => {
    const { context, page, errors } = await openStoryEditor({ width: 1440, height: 900 });
    // From scratch: the bundled lesson's steps go first.
    while ((await stepNames(page)).length > 0) {
      await storyPanel(page).getByRole('list', { name: 'Steps' }).getByRole('button').first().click();
      await storyPanel(page).getByRole('button', { name: 'Delete step' }).click();
    }
    await storyPanel(page).getByText('0 steps').waitFor();

    // Step 1, by pointer: an actor selected on the map.
    await page.locator('[data-actor-id="russia"] .actor-shape').click();
    await storyPanel(page).getByRole('button', { name: 'Add this view as a step' }).click();
    await wordStep(page, 1, 1, { title: 'Moscow steps in', caption: 'Russia approaches a brigade the Pentagon trained.', notes: 'Ask: why this brigade?' });
    // Step 2, by pointer: a relation picked on its line.
    await pickRelation(page, 'russia-offers-weapons-and-air-support');
    await storyPanel(page).getByRole('button', { name: 'Add this view as a step' }).click();
    await wordStep(page, 2, 2, { title: 'The offer', caption: 'Weapons and air support, if the brigade turns.' });
    // Step 3, by keyboard: Escape clears the selection, and the Add button is pressed with Enter.
    await page.locator('.stance-map-svg').focus();
    await page.keyboard.press('Escape');
    await storyPanel(page).getByRole('button', { name: 'Add this view as a step' }).focus();
    await page.keyboard.press('Enter');
    await storyPanel(page).getByRole('group', { name: 'Step 3 of 3' }).getByRole('textbox', { name: 'Title' }).focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('The whole map');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Who else is in the story.');
    await page.keyboard.press('Tab');
    await expect.poll(() => stepNames(page)).toEqual(['Moscow steps in, step 1 of 3', 'The offer, step 2 of 3', 'The whole map, step 3 of 3']);

    // Reordered by keyboard, and said so.
    await storyPanel(page).getByRole('button', { name: 'The whole map, step 3 of 3' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => stepNames(page)).toEqual(['Moscow steps in, step 1 of 3', 'The whole map, step 2 of 3', 'The offer, step 3 of 3']);
    expect(await storyPanel(page).getByRole('status').textContent()).toContain('Moved “The whole map” to step 2 of 3.');
    await screenshot(page, 'story-editor-1440x900');
    // The reorder is saved 300 ms after it (App.tsx, SAVE_DELAY_MS), and the status may already read
    // "Saved … at" the same time from the step before it: give the debounced save its time first.
    await page.waitForTimeout(700);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved in this browser at' }).count()).toBe(1);

    // Kept over a reload.
    await page.reload();
    await page.locator('svg[data-layout="settled"]').waitFor();
    await page.getByRole('button', { name: 'Story' }).click();
    await storyPanel(page).getByRole('button', { name: 'Add this view as a step' }).waitFor();
    await expect.poll(() => stepNames(page)).toEqual(['Moscow steps in, step 1 of 3', 'The whole map, step 2 of 3', 'The offer, step 3 of 3']);

    // Presented from the header, with the work kept in this browser: the steps in their order,
    // the notes only in the presenter's window.
    await page.getByRole('link', { name: 'Present', exact: true }).click();
    await page.locator('svg[data-layout="settled"]').waitFor();
    const stageTitle = page.getByRole('region', { name: 'Story step' }).getByRole('heading', { level: 1 });
    await expect.poll(() => stageTitle.textContent()).toBe('Moscow steps in');
    expect(await page.getByText('Ask: why this brigade?').count()).toBe(0);
    expect(await page.locator('[data-actor-id="russia"]').getAttribute('aria-pressed')).toBe(null);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await presenter.getByRole('region', { name: 'Notes' }).getByText('Ask: why this brigade?').waitFor();
    await presenter.keyboard.press('End');
    await expect.poll(() => stageTitle.textContent()).toBe('The offer');
    await presenter.close();

    // Downloaded, and valid by the command-line validator.
    await page.goto(appUrl(''));
    await page.locator('svg[data-layout="settled"]').waitFor();
    await page.getByText('Download the data').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'stancemap dataset (JSON)' }).click()]);
    const path = `${SCREENSHOT_DIR}/story-authored.json`;
    await download.saveAs(path);
    const validated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', path], { encoding: 'utf8' });
    expect(validated.status, validated.stdout + validated.stderr).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves the story as slides, one 16:9 PNG a step, and the current view as a slide with its passage', { timeout: 60_000 }, async ({ expect }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(appUrl('?select=relation:russia-offers-weapons-and-air-support'));
    await page.locator('svg[data-layout="settled"]').waitFor();
    // The size a PNG says in its header: width and height at bytes 16 and 20.
    const pngSize = (path: string) => {
      const bytes = readFileSync(path);
      return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    };
    await page.getByText('Export', { exact: true }).click();
    const [viewSlide] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Slide (16:9 PNG)' }).click()]);
    expect(viewSlide.suggestedFilename()).toBe('russia-poach-rebels-2016-slide.png');
    await viewSlide.saveAs(`${SCREENSHOT_DIR}/slide-view.png`);
    expect(pngSize(`${SCREENSHOT_DIR}/slide-view.png`)).toEqual([1920, 1080]);
    await page.getByText(/Saved russia-poach-rebels-2016-slide\.png/).waitFor();

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('button', { name: 'Story' }).click();
    const downloads: string[] = [];
    page.on('download', (download) => {
      downloads.push(download.suggestedFilename());
      if (downloads.length === 3) void download.saveAs(`${SCREENSHOT_DIR}/slide-step-3.png`);
    });
    await storyPanel(page).getByRole('button', { name: 'Save as slides (a 16:9 PNG a step)' }).click();
    await storyPanel(page).getByText(/^Saved 10 slides/).waitFor({ timeout: 30_000 });
    expect(downloads).toEqual(Array.from({ length: 10 }, (_, at) => `russia-poach-rebels-2016-slide-${String(at + 1).padStart(2, '0')}.png`));
    await expect.poll(() => pngSize(`${SCREENSHOT_DIR}/slide-step-3.png`)).toEqual([1920, 1080]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints handouts: one page a step, its slide, and the speaker notes when asked for', { timeout: 60_000 }, async ({ expect }) => {
    const { context, page, errors } = await openStoryEditor({ width: 1280, height: 720 });
    const first = storyPanel(page).getByRole('list', { name: 'Steps' }).getByRole('button').first();
    await first.click();
    await storyPanel(page).getByRole('group', { name: 'Step 1 of 10' }).getByRole('textbox', { name: /Speaker notes/ }).fill('Ask the class: who trained the brigade?');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved in this browser at' }).count()).toBe(1);
    // The print dialog would wait for a person: counted instead.
    await page.evaluate(() => {
      window.print = () => void ((window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1);
    });
    await storyPanel(page).getByRole('button', { name: 'Print handouts' }).click();
    await storyPanel(page).getByText('Handouts ready: 10 pages, with notes.').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const pages = page.locator('.handouts .handout-page');
    expect(await pages.count()).toBe(10);
    expect(await pages.first().locator('.handout-notes').textContent()).toBe('Ask the class: who trained the brigade?');
    expect(await pages.nth(1).locator('.handout-notes').count()).toBe(0);

    await page.emulateMedia({ media: 'print' });
    // On paper: the handouts alone, a page a step.
    expect(await page.locator('.explorer').isVisible()).toBe(false);
    await page.setViewportSize({ width: 794, height: 1123 });
    await screenshot(page, 'handout-page-1');
    // Printing ends with afterprint, which takes the handouts away again.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(10);
    await expect.poll(() => page.locator('.handouts').count()).toBe(0);
    await page.emulateMedia({ media: 'screen' });

    // Without notes, when the box is cleared.
    await storyPanel(page).getByRole('checkbox', { name: 'with speaker notes' }).uncheck();
    await storyPanel(page).getByRole('button', { name: 'Print handouts' }).click();
    await storyPanel(page).getByText('Handouts ready: 10 pages.').waitFor({ timeout: 30_000 });
    expect(await page.locator('.handouts .handout-notes').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
