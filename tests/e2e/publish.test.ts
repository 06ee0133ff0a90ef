import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, downloadedBytes, launchBrowser, screenshot, watchErrors } from './browser';
import { startStaticServer, type StaticServer } from './staticServer';

// A made-up dispute, so that what the embed shows can only have come from it.
const BRIDGE = {
  schemaVersion: 1,
  id: 'lantern-bridge',
  title: 'The Lantern Bridge quarrel',
  article: {
    title: 'Ferrymen Rise Against the Lantern Bridge',
    dek: 'A town splits over a crossing.',
    outlet: 'The Riverton Courier',
    author: 'J. Example',
    published: '2024-05-02',
    url: 'https://example.org/lantern-bridge',
    rights: 'Fictional text written for stancemap’s tests.',
    paragraphs: [
      'The Ferry Guild has vowed to fight the council’s bridge plan in every court it can find, its chairman said on Tuesday.',
      'Riverton Council has offered the Ferry Guild a yearly payment for each boat it takes off the river.',
      'Mayor Ilse Hart backs the council and says the bridge will open by spring.',
    ],
  },
  actors: [
    { id: 'ferry-guild', name: 'Ferry Guild', kind: 'organisation', aliases: [], description: 'The ferrymen’s union.', evidence: [{ quote: 'The Ferry Guild has vowed to fight' }] },
    { id: 'riverton-council', name: 'Riverton Council', kind: 'government-body', aliases: [], description: 'The town’s council.', evidence: [{ quote: 'Riverton Council has offered' }] },
    { id: 'ilse-hart', name: 'Ilse Hart', kind: 'person', aliases: ['Mayor Ilse Hart'], description: 'The mayor.', evidence: [{ quote: 'Mayor Ilse Hart backs the council' }] },
  ],
  relations: [
    { id: 'guild-fights-bridge', source: 'ferry-guild', target: 'riverton-council', stance: 'hostility', summary: 'Vows to fight the bridge plan in court', status: 'threatened', claimedBy: 'ferry-guild', evidence: [{ quote: 'The Ferry Guild has vowed to fight the council’s bridge plan in every court it can find' }] },
    { id: 'council-offers-payment', source: 'riverton-council', target: 'ferry-guild', stance: 'offer', summary: 'Offers a yearly payment per boat taken off the river', status: 'proposed', claimedBy: 'outlet', evidence: [{ quote: 'Riverton Council has offered the Ferry Guild a yearly payment for each boat it takes off the river' }] },
    { id: 'hart-backs-council', source: 'ilse-hart', target: 'riverton-council', stance: 'support', summary: 'Backs the council and its bridge', status: 'ongoing', claimedBy: 'outlet', evidence: [{ quote: 'Mayor Ilse Hart backs the council and says the bridge will open by spring' }] },
  ],
};
const PASSAGE = 'Riverton Council has offered the Ferry Guild a yearly payment for each boat it takes off the river';

let browser: Browser;
let pages: StaticServer; // where the newsroom puts the embed page or the dataset: another origin than the app
let cms: StaticServer; // the article that embeds it: a third origin
let secure: StaticServer; // a dataset host over https, on yet another origin
beforeAll(async () => {
  browser = await launchBrowser(['--ignore-certificate-errors']);
  [pages, cms, secure] = await Promise.all([startStaticServer(), startStaticServer(), startStaticServer({ https: true })]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([pages?.close(), cms?.close(), secure?.close()]);
});

/** The explorer with the fictional dataset opened from a file, and its Embed dialog open. */
async function openEmbedDialog(viewport = { width: 1280, height: 720 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(appUrl());
  await page.locator('svg[data-layout="settled"]').waitFor();
  // On a phone the band's actions fold behind More.
  const action = async (name: string) => {
    const button = page.getByRole('button', { name, exact: true });
    if (!(await button.isVisible())) await page.getByRole('button', { name: 'More' }).click();
    await button.click();
  };
  await action('Open…');
  await page.getByLabel('Choose a file…').setInputFiles({ name: 'lantern-bridge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(BRIDGE)) });
  await page.getByRole('heading', { level: 1, name: BRIDGE.title }).waitFor();
  await page.locator('[data-actor-id="ilse-hart"]').waitFor();
  await page.getByRole('dialog').evaluateAll((dialogs) => dialogs.forEach((dialog) => (dialog as HTMLDialogElement).close()));
  await action('Embed');
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await dialog.getByRole('heading', { name: '1. A page with the map inside' }).waitFor();
  return { page, dialog, errors, close: () => context.close() };
}

/** The CMS's article page with the iframe, and the embed inside it once it has drawn (or failed). */
async function openInCms(path: string, iframe: string): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  cms.set(path, `<!doctype html><html><head><meta charset="utf-8"><title>Article</title></head><body><h1>Our story</h1>${iframe}<p>After the map.</p><script src="${appUrl('embed.js')}"></script></body></html>`);
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(cms.url(path));
  const frame = (await (await page.waitForSelector('iframe[data-stancemap]', { state: 'attached' })).contentFrame())!;
  return { page, frame, errors };
}

async function expectTheBridgeMap(frame: Frame) {
  await frame.waitForSelector('svg[data-layout="settled"]', { state: 'attached' });
  expect(await frame.locator('[data-actor-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-actor-id')).sort())).toEqual(['ferry-guild', 'ilse-hart', 'riverton-council']);
  expect(await frame.getByRole('heading', { level: 1 }).textContent()).toBe(BRIDGE.title);
  await expect.poll(() => frame.getByRole('complementary', { name: 'Details' }).textContent()).toContain(PASSAGE);
  expect(await frame.locator('body').textContent()).not.toMatch(/Russia|Pentagon/);
}

describe.concurrent('publishing a map of one’s own', () => {
  it('downloads a self-contained embed page that shows it from another origin, in a sandboxed frame', async ({ expect }) => {
    const { page, dialog, errors, close } = await openEmbedDialog();
    // The bare embed.html snippet would show the bundled map: there is none.
    expect(await dialog.getByRole('textbox', { name: 'Embed code' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Copy code' }).waitFor({ state: 'detached' });
    await screenshot(page, 'publish-dialog-1280');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download the embed page' }).click()]);
    expect(download.suggestedFilename()).toBe('lantern-bridge-embed.html');
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toBe('Downloaded lantern-bridge-embed.html.');
    const html = (await downloadedBytes(download)).toString('utf8');
    expect(errors).toEqual([]);
    await close();

    pages.set('/maps/lantern-bridge.html', html);
    const { page: article, frame, errors: cmsErrors } = await openInCms(
      '/self-contained.html',
      `<iframe data-stancemap sandbox="allow-scripts" title="Map" src="${pages.url('/maps/lantern-bridge.html?select=relation:council-offers-payment')}" style="border:0;width:100%" height="400"></iframe>`,
    );
    await expectTheBridgeMap(frame);
    // No explorer is beside a downloaded page: no link that would lead nowhere.
    expect(await frame.getByRole('link', { name: /full map/ }).count()).toBe(0);
    await screenshot(article, 'publish-self-contained-in-cms');
    expect(cmsErrors).toEqual([]);
    await article.close();
  });

  it('gives embed code with ?data= that shows the dataset from the same origin, and from an https host that allows CORS', async ({ expect }) => {
    // Same origin: the newsroom serves a copy of embed.html beside its dataset.
    pages.set('/maps/embed.html', readFileSync('dist/embed.html', 'utf8'));
    pages.set('/maps/lantern-bridge.json', JSON.stringify(BRIDGE));
    const same = await openInCms('/same-origin.html', `<iframe data-stancemap title="Map" src="${pages.url('/maps/embed.html?data=lantern-bridge.json&select=relation:council-offers-payment')}" style="border:0;width:100%" height="400"></iframe>`);
    await expectTheBridgeMap(same.frame);
    expect(same.errors).toEqual([]);
    await same.page.close();

    // Another origin over https, allowing any site to read the file: the dialog writes the code.
    secure.set('/data/lantern-bridge.json', JSON.stringify(BRIDGE), { 'access-control-allow-origin': '*' });
    const { dialog, close } = await openEmbedDialog();
    await dialog.getByRole('textbox', { name: 'Address of the dataset' }).fill(secure.url('/data/lantern-bridge.json'));
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    await close();
    expect(code).toContain(`embed.html?data=${secure.url('/data/lantern-bridge.json').replace(/\//g, '%2F')}`);
    const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    const cross = await openInCms('/https.html', `<iframe data-stancemap sandbox="allow-scripts" title="Map" src="${src}&select=relation:council-offers-payment" style="border:0;width:100%" height="400"></iframe>`);
    await expectTheBridgeMap(cross.frame);
    expect(cross.errors).toEqual([]);
    await cross.page.close();
  });

  it('says clearly when the host of ?data= does not allow other sites to read it', async ({ expect }) => {
    secure.set('/data/no-cors.json', JSON.stringify(BRIDGE));
    const { page, frame } = await openInCms('/no-cors.html', `<iframe data-stancemap title="Map" src="${appUrl(`embed.html?data=${encodeURIComponent(secure.url('/data/no-cors.json'))}`)}" style="border:0;width:100%" height="400"></iframe>`);
    await expect.poll(() => frame.locator('body').textContent(), { timeout: 20_000 }).toContain('Access-Control-Allow-Origin');
    expect(await frame.locator('body').textContent()).toContain(secure.url('/data/no-cors.json'));
    await screenshot(page, 'publish-no-cors');
    await page.close();
  });

  it('downloads the whole explorer with the map for offline use, and it opens from disk with no network', async ({ expect }) => {
    const { page, dialog, close } = await openEmbedDialog();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download for offline use' }).click()]);
    expect(download.suggestedFilename()).toBe('lantern-bridge-offline.html');
    const file = join(mkdtempSync(join(tmpdir(), 'stancemap-offline-')), 'lantern-bridge-offline.html');
    await download.saveAs(file);
    await close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true });
    const requests: string[] = [];
    await context.route(/^(?!file:)/, (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    const offline = await context.newPage();
    const errors = watchErrors(offline);
    await offline.goto(`${pathToFileURL(file).href}?select=relation:council-offers-payment`);
    await offline.locator('svg[data-layout="settled"]').waitFor();
    expect(await offline.locator('[data-actor-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-actor-id')).sort())).toEqual(['ferry-guild', 'ilse-hart', 'riverton-council']);
    await expect.poll(() => offline.getByRole('complementary', { name: 'Details' }).textContent()).toContain(PASSAGE);
    expect(await offline.getByRole('heading', { level: 1 }).first().textContent()).toBe(BRIDGE.title);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a narrow window', async ({ expect }) => {
    // Phones have no Embed button (publishing is a desk task); the dialog still has to fit a narrow window.
    const { page, dialog, close } = await openEmbedDialog();
    await page.setViewportSize({ width: 390, height: 844 });
    // The dialog lives among the band's actions, which a narrow window folds behind More (and the
    // open modal dialog makes More unclickable): unfold them as More would, to see the dialog.
    await page.locator('.header-actions').evaluate((actions) => actions.setAttribute('data-open', 'true'));
    await dialog.getByRole('textbox', { name: 'Address of the dataset' }).fill('http://elsewhere.example/data.json');
    await dialog.getByRole('heading', { name: 'Embed this map' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'publish-dialog-390');
    await dialog.getByRole('heading', { name: '2. Your dataset at a web address' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'publish-dialog-390-scrolled');
    expect(await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await close();
  });
});
