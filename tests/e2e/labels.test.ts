/**
 * Actor labels at the four screens of issue 15, beyond their size and spacing (legibility.test.ts
 * measures those at the fitted view and after zooming): a tap or click on a label selects its
 * actor, a selected actor's neighbours are labelled, a presentation step's labels stand apart,
 * and the visible label is part of the accessible name (axe's label-content-name-mismatch rule).
 */
import { axeOn } from './axe';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { openApp, selectedInUrl } from './openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true, query: '' },
  { name: 'embed', viewport: { width: 720, height: 600 }, hasTouch: false, query: '?embed=1' },
  { name: 'laptop', viewport: { width: 1280, height: 720 }, hasTouch: false, query: '' },
  { name: 'desktop', viewport: { width: 1440, height: 900 }, hasTouch: false, query: '' },
];

interface LabelReport {
  total: number;
  shown: { id: string; text: string; px: number; box: { left: number; top: number; right: number; bottom: number } }[];
  overlaps: string[];
  covers: string[];
}

/** Every actor label, which are shown, their size on screen (font size × the screen CTM's scale), and what they overlap. */
function measureLabels(page: Page): Promise<LabelReport> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll<SVGTextElement>('.stance-map-svg [data-actor-id] > text')];
    const isShown = (label: SVGTextElement) => getComputedStyle(label).visibility !== 'hidden' && getComputedStyle(label).display !== 'none';
    const shown = labels.filter(isShown).map((label) => {
      const matrix = label.getScreenCTM()!;
      const rect = label.getBoundingClientRect();
      return {
        id: label.closest('[data-actor-id]')!.getAttribute('data-actor-id')!,
        text: label.textContent ?? '',
        px: parseFloat(getComputedStyle(label).fontSize) * Math.hypot(matrix.a, matrix.b),
        box: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
      };
    });
    const hit = (a: { left: number; top: number; right: number; bottom: number }, b: DOMRect | typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const overlaps: string[] = [];
    for (const [i, a] of shown.entries()) for (const b of shown.slice(i + 1)) if (hit(a.box, b.box)) overlaps.push(`${a.text} × ${b.text}`);
    const shapes = [...document.querySelectorAll<SVGPathElement>('.stance-map-svg [data-actor-id] > .actor-shape')].map((shape) => ({ id: shape.closest('[data-actor-id]')!.getAttribute('data-actor-id')!, rect: shape.getBoundingClientRect() }));
    const covers: string[] = [];
    for (const label of shown) for (const shape of shapes) if (shape.id !== label.id && hit(label.box, shape.rect)) covers.push(`${label.text} on ${shape.id}`);
    return { total: labels.length, shown, overlaps, covers };
  });
}

async function settleLabels(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

describe('actor labels', () => {
  for (const screen of SCREENS) {
    describe(`at ${screen.viewport.width}×${screen.viewport.height}${screen.query ? ` (${screen.query})` : ''}`, () => {
      it('selects an actor when its label is tapped or clicked', async () => {
        const { page, close } = await openApp(browser, screen.query, { viewport: screen.viewport, hasTouch: screen.hasTouch });
        await settleLabels(page);
        const { shown } = await measureLabels(page);
        // The label of a small actor away from the centre, so the click could not land on its shape by chance.
        const label = shown.find((candidate) => candidate.id === 'isis') ?? shown.at(-1)!;
        const point = { x: (label.box.left + label.box.right) / 2, y: (label.box.top + label.box.bottom) / 2 };
        const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-actor-id]')?.getAttribute('data-actor-id'), point);
        expect(under).toBe(label.id);
        if (screen.hasTouch) await page.touchscreen.tap(point.x, point.y);
        else await page.mouse.click(point.x, point.y);
        await expect.poll(() => page.locator(`[data-actor-id="${label.id}"]`).getAttribute('data-selected')).toBe('true');
        if (!screen.query.includes('embed')) expect(await selectedInUrl(page)).toBe(`actor:${label.id}`);
        await close();
      });

      it('labels a selected actor’s neighbours, still apart from each other', async () => {
        const query = `${screen.query ? `${screen.query}&` : '?'}select=actor:turkey`;
        const { page, close } = await openApp(browser, query, { viewport: screen.viewport, hasTouch: screen.hasTouch });
        await page.mouse.move(1, 1);
        await settleLabels(page);
        const { shown, overlaps } = await measureLabels(page);
        const neighbours = await page.evaluate(() => [...document.querySelectorAll('.stance-map-svg [data-actor-id][data-emphasis="highlighted"]')].map((element) => element.getAttribute('data-actor-id')));
        expect(neighbours.length).toBeGreaterThan(1);
        expect(shown.map((label) => label.id)).toEqual(expect.arrayContaining(neighbours));
        expect(overlaps).toEqual([]);
        await close();
      });
    });
  }

  it('keeps a presentation step’s labels half an em apart and off every shape, at the larger presentation size', async () => {
    const { page, close } = await openApp(browser, '?present=1&step=3', { viewport: { width: 1280, height: 720 } });
    await settleLabels(page);
    const report = await measureLabels(page);
    const highlighted = await page.evaluate(() => [...document.querySelectorAll('.stance-map-svg [data-actor-id][data-emphasis="highlighted"]')].map((element) => element.getAttribute('data-actor-id')!));
    const step = report.shown.filter((label) => highlighted.includes(label.id));
    expect(step.map((label) => label.id).sort()).toEqual([...highlighted].sort());
    expect(Math.min(...step.map((label) => label.px))).toBeGreaterThanOrEqual(17.99);
    expect(report.overlaps).toEqual([]);
    expect(report.covers).toEqual([]);
    const gaps: string[] = [];
    for (const [i, a] of step.entries()) {
      for (const b of step.slice(i + 1)) {
        const gap = Math.max(b.box.left - a.box.right, a.box.left - b.box.right, b.box.top - a.box.bottom, a.box.top - b.box.bottom);
        // Half an em of the 18 px presentation type, less a pixel for rounding.
        if (gap < 8) gaps.push(`${a.text} – ${b.text}: ${gap.toFixed(1)} px`);
      }
    }
    expect(gaps).toEqual([]);
    await screenshot(page, 'labels-present');
    await close();
  });

  // The explorer, the embed and an actor selected are audited in legibility.test.ts.
  for (const [name, query] of [['the explorer with a relation selected', '?select=relation:pentagon-bonus-not-delivered']] as const) {
    it(`has every visible label in its element's accessible name (axe label-content-name-mismatch): ${name}`, async () => {
      const { page, close } = await openApp(browser, query);
      await settleLabels(page);
      const results = await axeOn(page)
        .include('.stance-map-svg')
        .options({ runOnly: { type: 'rule', values: ['label-content-name-mismatch'] }, rules: { 'label-content-name-mismatch': { enabled: true } } })
        .analyze();
      // The rule must have looked at the map's buttons, or passing it would say nothing.
      expect(results.passes.flatMap((rule) => rule.nodes).length).toBeGreaterThan(20);
      expect(results.violations.flatMap((rule) => rule.nodes.map((node) => node.html.slice(0, 120)))).toEqual([]);
      await close();
    });
  }
});
