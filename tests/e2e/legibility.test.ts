/**
 * Issue 15's "Done when", measured at the four screens a reader brings: a phone with touch, an
 * embed column, a projector and a desktop. Each screen is opened once; its tests run in order on
 * that page (the first fitted view, then zooming, then axe, then clicking every relation, which
 * clears each selection with Escape). A small fictional dataset with several relations between
 * the same two actors is measured for labels and reach too. The figures go to the console and to
 * test-results/legibility.md, so a failing run still gives the table the issue asks for.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, screenshot } from './browser';
import {
  SCREENS,
  drawingShare,
  hitAreas,
  labelInNameAudit,
  mapShare,
  measureLabels,
  openScreen,
  percent,
  pressZoom,
  reachRelations,
  readDataset,
  screenSize,
  scrollMapIntoView,
  waitForStillView,
  type LabelReport,
  type OpenScreen,
  type Screen,
} from './measureMap';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});

const BUNDLED = readDataset('data/russia-poach-rebels-2016.json');
const FIXTURE = readDataset('data/fixtures/grain-port.json');

interface Row {
  mapShare?: string;
  labels?: string;
  labelsZoomed?: string;
  overlaps?: string;
  reached?: string;
  hitAreas?: string;
  drawingShare?: string;
  labelInName?: string;
}
const table = new Map<string, Row>();
const record = (row: string, figures: Row) => table.set(row, { ...table.get(row), ...figures });

afterAll(async () => {
  await browser?.close();
  const columns: (keyof Row)[] = ['mapShare', 'labels', 'labelsZoomed', 'overlaps', 'reached', 'hitAreas', 'drawingShare', 'labelInName'];
  const lines = [
    `| screen | ${columns.join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
    ...[...table].map(([row, figures]) => `| ${row} | ${columns.map((column) => figures[column] ?? '–').join(' | ')} |`),
  ];
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/legibility.md', `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
});

/** Targets from the issue; the embed has none for the map's share, so the bar is today's 70 %. */
const MAP_SHARE_TARGET: Record<string, number> = { phone: 0.55, embed: 0.7, projector: 0.6, desktop: 0.6 };
const DRAWING_SHARE_TARGET = 0.75;
const MIN_LABEL_PX = 12;

const labelSummary = (labels: LabelReport) => `${labels.shown} of ${labels.actors}, min ${Number.isFinite(labels.minPx) ? labels.minPx.toFixed(1) : '–'} px`;

/** Soft: a failing size check still lets the overlaps be reported. */
function expectLegibleLabels(labels: LabelReport, where: string) {
  expect(labels.shown, `no actor label is shown ${where}`).toBeGreaterThan(0);
  expect.soft(labels.small, `${labels.small.length} of ${labels.shown} shown labels are under ${MIN_LABEL_PX} px on screen ${where} (smallest ${labels.minPx.toFixed(1)} px)`).toEqual([]);
  expect.soft(labels.labelOverlaps, `${labels.labelOverlaps.length} pairs of labels overlap ${where}`).toEqual([]);
  expect.soft(labels.shapeOverlaps, `${labels.shapeOverlaps.length} labels cover another actor's shape ${where}`).toEqual([]);
  expect.soft(labels.underControls, `${labels.underControls.length} labels lie under the map's controls ${where}`).toEqual([]);
}

interface Run {
  screen: Screen;
  dataset: 'bundled' | 'fixture';
}

const RUNS: Run[] = [
  ...(Object.keys(SCREENS) as (keyof typeof SCREENS)[]).map((name): Run => ({ screen: SCREENS[name], dataset: 'bundled' })),
  { screen: SCREENS.phone, dataset: 'fixture' },
  { screen: SCREENS.projector, dataset: 'fixture' },
];

for (const { screen, dataset } of RUNS) {
  const bundled = dataset === 'bundled';
  const data = bundled ? BUNDLED : FIXTURE;
  const row = `${screen.name} ${screenSize(screen)}${bundled ? '' : ' (grain-port fixture)'}`;
  const at = `at ${screen.name} ${screenSize(screen)}${bundled ? '' : ' on the grain-port fixture'}`;

  describe(`the map ${at}`, () => {
    let open: OpenScreen;
    let firstScreenShare = 0;
    beforeAll(async () => {
      open = await openScreen(browser, screen, bundled ? undefined : { path: 'fixtures/grain-port.json', json: FIXTURE.json });
      // The first screen, before any scrolling: what a reader sees on arrival.
      firstScreenShare = await mapShare(open.page);
      await screenshot(open.page, `legibility-${screen.name}${bundled ? '' : '-fixture'}`);
      // A phone's map may start below the fold; every other measure is of the map in view.
      await scrollMapIntoView(open.page);
    });
    afterAll(async () => {
      await open?.close();
    });

    if (bundled) {
      it(`takes its share of the window`, () => {
        const target = MAP_SHARE_TARGET[screen.name]!;
        record(row, { mapShare: percent(firstScreenShare) });
        expect(firstScreenShare, `map covers ${percent(firstScreenShare)} of the ${screen.touch ? 'first screen' : 'window'} ${at}, want ≥ ${percent(target)}`).toBeGreaterThanOrEqual(target);
      });
    }

    it('shows labels of at least 12 px, none overlapping, at the first fitted view', async () => {
      const labels = await measureLabels(open.page);
      record(row, { labels: labelSummary(labels), overlaps: `${labels.labelOverlaps.length} label/label, ${labels.shapeOverlaps.length} label/shape` });
      expectLegibleLabels(labels, `at the first fitted view ${at}`);
    });

    it('fills the map with the drawing', async () => {
      const share = await drawingShare(open.page);
      record(row, { drawingShare: percent(share) });
      expect(share, `the drawing (actors and shown labels) covers ${percent(share)} of the map box ${at}, want ≥ ${percent(DRAWING_SHARE_TARGET)}`).toBeGreaterThanOrEqual(DRAWING_SHARE_TARGET);
    });

    it('keeps the labels at least 12 px and apart after zooming in twice and out twice', async () => {
      await pressZoom(open, 'Zoom in');
      await pressZoom(open, 'Zoom in');
      const zoomedIn = await measureLabels(open.page);
      await pressZoom(open, 'Zoom out');
      await pressZoom(open, 'Zoom out');
      const zoomedOut = await measureLabels(open.page);
      record(row, { labelsZoomed: `in: ${labelSummary(zoomedIn)}; back: ${labelSummary(zoomedOut)}` });
      expectLegibleLabels(zoomedIn, `after zooming in twice ${at}`);
      expectLegibleLabels(zoomedOut, `after zooming in twice and out twice ${at}`);
    });

    it('gives every line a hit area at least 24 px wide', async () => {
      const hits = await hitAreas(open.page);
      record(row, { hitAreas: `min ${hits.minPx.toFixed(1)} px` });
      expect(hits.narrow, `${hits.narrow.length} of ${hits.lines} lines have a hit area under 24 px wide on screen ${at} (narrowest ${hits.minPx.toFixed(1)} px)`).toEqual([]);
    });

    if (bundled && !screen.touch && screen.name !== 'projector') {
      it('has no label that is missing from its accessible name (axe, WCAG 2.5.3)', async () => {
        const audit = await labelInNameAudit(open.page);
        record(row, { labelInName: `${audit.violations.length}${audit.incomplete ? ` (+${audit.incomplete} to review)` : ''}` });
        expect(audit.ran, 'axe did not run label-content-name-mismatch').toBe(true);
        expect(audit.violations, `${audit.violations.length} elements fail label-content-name-mismatch ${at}`).toEqual([]);
      });
    }

    it(`lets a ${screen.touch ? 'tap' : 'click'} reach every relation at a visible point of its line, in at most two actions`, { timeout: 120_000 }, async () => {
      await waitForStillView(open.page);
      const reach = await reachRelations(open, data.relations);
      const press = screen.touch ? 'tap' : 'click';
      const notes = [reach.throughChooser && `${reach.throughChooser} by chooser`, reach.secondTries.length && `${reach.secondTries.length} answered only a second ${press}`].filter(Boolean);
      record(row, { reached: `${reach.reached.length} of ${data.relations.length}${notes.length ? ` (${notes.join('; ')})` : ''}` });
      const message = `${reach.reached.length} of ${data.relations.length} relations reached ${at}; not reached:\n  ${reach.failures.join('\n  ')}\n`;
      expect(reach.failures, message).toEqual([]);
      // A reader whose first ${press} is ignored thinks the line cannot be picked.
      expect(reach.secondTries, `no response to a first ${press} ${at}`).toEqual([]);
      expect(reach.smallMenuItems, `chooser entries under 24×24 px ${at}`).toEqual([]);
      expect(open.errors).toEqual([]);
    });
  });
}

describe('Label in Name with an actor selected (axe, WCAG 2.5.3)', () => {
  it(`finds no label-content-name-mismatch at ${screenSize(SCREENS.desktop)}`, async () => {
    const context = await browser.newContext({ viewport: SCREENS.desktop.viewport });
    const page = await context.newPage();
    await page.goto(appUrl('?select=actor:russia'));
    await page.locator('svg[data-layout="settled"]').waitFor();
    const audit = await labelInNameAudit(page);
    await context.close();
    record('desktop, Russia selected', { labelInName: `${audit.violations.length}${audit.incomplete ? ` (+${audit.incomplete} to review)` : ''}` });
    expect(audit.ran, 'axe did not run label-content-name-mismatch').toBe(true);
    expect(audit.violations, `${audit.violations.length} elements fail label-content-name-mismatch with Russia selected`).toEqual([]);
  });
});
