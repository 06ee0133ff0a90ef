/**
 * The browser the tests launch: Playwright's own switches kept, the omnibox popup's pages gone.
 * Chromium reads only the last --disable-features, so a list of ours that lacked one of
 * Playwright's would quietly turn that feature back on.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { expect, it } from 'vitest';
import { OMNIBOX_POPUP_FEATURES, launchOptions } from '../../scripts/chromium';

const disabledFeatureLists = (commandLine: string[]) =>
  commandLine.filter((arg) => arg.startsWith('--disable-features=')).map((arg) => arg.slice('--disable-features='.length).split(','));

it('keeps every feature Playwright turns off, and runs no omnibox popup page', async () => {
  const server = await chromium.launchServer(launchOptions());
  try {
    const commandLine = readFileSync(`/proc/${server.process().pid}/cmdline`, 'utf8').split('\0');
    const lists = disabledFeatureLists(commandLine);
    // Playwright's list first, ours last: the one Chromium applies.
    expect(lists).toHaveLength(2);
    const [playwrights, applied] = [lists[0]!, lists.at(-1)!];
    expect(playwrights.length).toBeGreaterThan(5);
    expect(playwrights.filter((feature) => !applied.includes(feature))).toEqual([]);
    expect(applied).toEqual(expect.arrayContaining(OMNIBOX_POPUP_FEATURES));

    const browser = await chromium.connect(server.wsEndpoint());
    const page = await browser.newPage();
    await page.goto('about:blank');
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = await session.send('Target.getTargets');
    await browser.close();
    expect(targetInfos.map((target) => target.url).filter((url) => url.startsWith('chrome://'))).toEqual([]);
  } finally {
    await server.close();
  }
});
