import type { Browser, CDPSession, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, screenshot, watchErrors } from './browser';
import { startHostServer, type HostServer } from './hostServer';

let browser: Browser;
let host: HostServer;
beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHostServer();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** An article on another origin, long enough to scroll, with the embed near its top and embed.js. */
const article = (src: string) => `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host</title>
<style>body{margin:0;font:16px Georgia,serif} main{padding:16px}</style></head>
<body><main><h1>An explainer</h1><p>Paragraph before the map.</p>
<iframe data-stancemap title="Map" src="${src}" style="border:0;width:100%" height="600"></iframe>
${'<p>The article goes on after the map, paragraph after paragraph.</p>'.repeat(60)}</main>
<script src="${appUrl('embed.js')}"></script></body></html>`;

interface Opened {
  page: Page;
  frame: Frame;
  cdp: CDPSession;
  errors: string[];
  close(): Promise<void>;
}

async function openOnPhone(path: string): Promise<Opened> {
  host.setPage(path, article(appUrl('embed.html')));
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(host.url(path));
  const frame = (await (await page.waitForSelector('iframe[data-stancemap]')).contentFrame())!;
  await frame.waitForSelector('svg[data-layout="settled"]', { state: 'attached' });
  // embed.js has sized the iframe to its content.
  await expect.poll(() => page.locator('iframe[data-stancemap]').evaluate((iframe) => iframe.getBoundingClientRect().height)).not.toBe(600);
  return { page, frame, cdp: await context.newCDPSession(page), errors, close: () => context.close() };
}

/** Real touches, through the browser's input pipeline, so that it decides what scrolls. */
async function swipe(cdp: CDPSession, page: Page, fingers: { x: number; y: number }[], dy: number) {
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', offset: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : fingers.map(({ x, y }, id) => ({ x, y: y + offset, id })) });
  await touch('touchStart', 0);
  for (let step = 1; step <= 10; step++) {
    await touch('touchMove', (dy * step) / 10);
    await page.waitForTimeout(16);
  }
  await touch('touchEnd', dy);
}

const viewTransform = (frame: Frame) => frame.evaluate(() => document.querySelector('svg.stance-map-svg .viewport')!.getAttribute('transform'));
const scrolled = (page: Page) => page.evaluate(() => window.scrollY);

/** A point on the map, in the host page's coordinates, off every actor and line. */
async function emptyMapPoint(page: Page, frame: Frame) {
  const iframe = (await page.locator('iframe[data-stancemap]').boundingBox())!;
  const point = await frame.evaluate(() => {
    const map = document.querySelector('svg.stance-map-svg')!.getBoundingClientRect();
    for (let y = map.top + 30; y < map.bottom - 30; y += 10) {
      for (let x = map.left + 30; x < map.right - 60; x += 10) {
        if (document.elementFromPoint(x, y)?.matches('svg.stance-map-svg')) return { x, y };
      }
    }
    throw new Error('no empty point on the map');
  });
  return { x: iframe.x + point.x, y: iframe.y + point.y };
}

describe('an embed in a host article on a phone', () => {
  it('scrolls the host page when one finger swipes on the map, and says how to move the map', async () => {
    const { page, frame, cdp, errors, close } = await openOnPhone('/swipe.html');
    const before = await viewTransform(frame);
    const start = await emptyMapPoint(page, frame);
    await swipe(cdp, page, [start], -200);
    await expect.poll(() => scrolled(page)).toBeGreaterThan(100);
    expect(await viewTransform(frame)).toBe(before);
    const hint = frame.getByRole('status').filter({ hasText: 'two fingers' });
    expect(await hint.textContent()).toBe('Use two fingers to move the map, or tap it first');
    expect(await hint.getAttribute('data-shown')).toBe('');
    await screenshot(page, 'embed-gestures-hint');
    expect(errors).toEqual([]);
    await close();
  });

  it('moves the map with two fingers, and leaves the page where it was', async () => {
    const { page, frame, cdp, close } = await openOnPhone('/two-fingers.html');
    const before = await viewTransform(frame);
    const { x, y } = await emptyMapPoint(page, frame);
    await swipe(cdp, page, [{ x: x - 30, y }, { x: x + 30, y }], 60);
    await expect.poll(() => viewTransform(frame)).not.toBe(before);
    expect(await scrolled(page)).toBe(0);
    await close();
  });

  it('moves the map with one finger after a tap has activated it', async () => {
    const { page, frame, cdp, close } = await openOnPhone('/tap-then-drag.html');
    const point = await emptyMapPoint(page, frame);
    await page.touchscreen.tap(point.x, point.y);
    await expect.poll(() => frame.locator('svg.stance-map-svg').getAttribute('data-gestures')).toBe('active');
    const before = await viewTransform(frame);
    await swipe(cdp, page, [point], 60);
    await expect.poll(() => viewTransform(frame)).not.toBe(before);
    expect(await scrolled(page)).toBe(0);
    await close();
  });
});

describe('an embed under a mouse wheel', () => {
  it('lets a plain wheel scroll the page and zooms the map with ctrl + wheel', async () => {
    host.setPage('/wheel.html', article(appUrl('embed.html')));
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    await page.goto(host.url('/wheel.html'));
    const frame = (await (await page.waitForSelector('iframe[data-stancemap]')).contentFrame())!;
    await frame.waitForSelector('svg[data-layout="settled"]', { state: 'attached' });
    const { x, y } = await emptyMapPoint(page, frame);
    const before = await viewTransform(frame);
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => scrolled(page)).toBeGreaterThan(100);
    expect(await viewTransform(frame)).toBe(before);
    expect(await frame.getByRole('status').filter({ hasText: 'scroll to zoom' }).textContent()).toBe('Use Ctrl + scroll to zoom the map, or click it first');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(x, y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => viewTransform(frame)).not.toBe(before);
    await page.close();
  });
});

describe('the explorer on a phone', () => {
  it('keeps one-finger panning', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(appUrl());
    await page.locator('svg[data-layout="settled"]').waitFor();
    const map = (await page.locator('svg.stance-map-svg').boundingBox())!;
    const before = await page.locator('svg.stance-map-svg .viewport').getAttribute('transform');
    const cdp = await context.newCDPSession(page);
    await swipe(cdp, page, [{ x: map.x + 20, y: map.y + 40 }], 60);
    await expect.poll(() => page.locator('svg.stance-map-svg .viewport').getAttribute('transform')).not.toBe(before);
    await context.close();
  });
});
