/**
 * The measures of issue 15's "Done when", taken in the real browser at a given screen: the map's
 * share of the window, the labels a reader sees (their size on screen, their overlaps), the
 * drawing's share of the map, whether a pointer reaches every relation at a visible point of its
 * line in at most two actions, and axe's Label-in-Name rule.
 *
 * The measuring code runs in the page: `installMeasure` defines `window.stancemapMeasure` in every
 * document of a context that `openScreen` opened (an init script), so a reload never loses it.
 * All boxes are in CSS pixels of the viewport. "The map box" is the `.stance-map` box ∩ the
 * viewport: what of the map a reader can see without scrolling.
 */
import { axeOn } from './axe';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { appUrl, watchErrors } from './browser';

export interface Screen {
  /** Names the screenshot (legibility-<name>.png) and the report's row. */
  name: string;
  viewport: { width: number; height: number };
  touch: boolean;
  /** The embed view (`?embed=1`): no URL sync, so a selection is read from the details panel. */
  embed: boolean;
}

export const SCREENS = {
  phone: { name: 'phone', viewport: { width: 390, height: 844 }, touch: true, embed: false },
  embed: { name: 'embed', viewport: { width: 720, height: 600 }, touch: false, embed: true },
  projector: { name: 'projector', viewport: { width: 1280, height: 720 }, touch: false, embed: false },
  desktop: { name: 'desktop', viewport: { width: 1440, height: 900 }, touch: false, embed: false },
} satisfies Record<string, Screen>;

export const screenSize = (screen: Screen) => `${screen.viewport.width}×${screen.viewport.height}`;

export interface DatasetRelation {
  id: string;
  summary: string;
  /** Who did what to whom, as the map names it (“State Department — hostility → Barack Obama”). */
  label?: string;
  /** Its ends and, up their `partOf`, every actor that holds them: a closed bloc among these may hold it. */
  holders?: string[];
}

export function readDataset(path: string): { json: unknown; relations: DatasetRelation[]; actors: number } {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { relations: (DatasetRelation & { source: string; target: string; stance: string })[]; actors: { id: string; name: string; partOf?: string }[] };
  const byId = new Map(json.actors.map((actor) => [actor.id, actor]));
  const holders = (id: string): string[] => [id, ...(byId.get(id)?.partOf ? holders(byId.get(id)!.partOf!) : [])];
  return {
    json,
    relations: json.relations.map(({ id, summary, source, target, stance }) => ({ id, summary, label: `${byId.get(source)?.name} — ${stance} → ${byId.get(target)?.name}`, holders: [...holders(source), ...holders(target)] })),
    actors: json.actors.length,
  };
}

export interface OpenScreen {
  page: Page;
  screen: Screen;
  errors: string[];
  close: () => Promise<void>;
}

/**
 * Opens the app at a screen, on the bundled dataset or on `data` (served by the browser's router
 * at a path of the app's own origin, as a journalist's file would be), and waits until the map's
 * layout is settled and its view has stopped moving.
 */
export async function openScreen(browser: Browser, screen: Screen, data?: { path: string; json: unknown }): Promise<OpenScreen> {
  const context = await browser.newContext({ viewport: screen.viewport, hasTouch: screen.touch, isMobile: screen.touch });
  await context.addInitScript(installMeasure);
  const page = await context.newPage();
  const errors = watchErrors(page);
  if (data) await page.route(`**/${data.path}`, (route) => route.fulfill({ json: data.json }));
  const query = new URLSearchParams();
  if (screen.embed) query.set('embed', '1');
  if (data) query.set('data', data.path);
  await page.goto(appUrl(query.size ? `?${query}` : ''));
  await page.locator('svg[data-layout="settled"]').waitFor();
  await waitForStillView(page);
  return { page, screen, errors, close: () => context.close() };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelReport {
  actors: number;
  shown: number;
  /** The smallest shown label's font size on screen, in CSS px (Infinity when none is shown). */
  minPx: number;
  small: string[];
  labelOverlaps: string[];
  shapeOverlaps: string[];
  /** Labels under a map control or the key drawn over the map, where they cannot be read. */
  underControls: string[];
}

export type RelationPoint = { x: number; y: number; grouped: boolean } | { reason: string };

export interface SelectionState {
  select: string | null;
  summary: string | null;
  menu: boolean;
  menuIds: string[];
}

interface Measure {
  mapShare(): number;
  labels(): LabelReport;
  drawingShare(): number;
  hitAreas(): { lines: number; minPx: number; narrow: string[] };
  relationPoint(id: string): RelationPoint;
  state(): SelectionState;
  viewSignature(): string;
  /** Resolves once the view has not moved for `frames` frames (or after 600). */
  still(frames: number): Promise<void>;
  /** The blocs drawn closed, as one string to compare. */
  closedBlocs(): string;
  /** Where the map's first actor is drawn on screen, to a pixel: it changes when the view is zoomed or panned. */
  view(): string;
  settle(timeout: number, stillFrames: number): Promise<Settled>;
}

/** The map after an Escape has had its effect (Measure.settle). */
export interface Settled {
  /** Whether nothing was left selected, summarised or open within the time given. */
  cleared: boolean;
  state: SelectionState;
  closedBlocs: string;
  view: string;
}

declare global {
  interface Window {
    stancemapMeasure?: Measure;
  }
}

/** Runs in the page. Self-contained: a function handed to page.evaluate cannot close over anything. */
export function installMeasure() {
  if (window.stancemapMeasure) return;
  const toBox = (rect: DOMRect): Box => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
  const intersect = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });
  const area = (box: Box) => Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top);
  const overlap = (a: Box, b: Box, tolerance: number) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;
  // Sizes are judged as the report prints them, to a tenth of a pixel: a fitted scale of 0.9999 is no failure.
  const tenths = (px: number) => Math.round(px * 10) / 10;
  const contains = (box: Box, x: number, y: number) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  const map = () => document.querySelector('.stance-map')!;
  const viewportBox = (): Box => ({ left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight });
  const mapBox = () => intersect(toBox(map().getBoundingClientRect()), viewportBox());
  /** How many screen pixels one unit of the element's own coordinates takes. */
  const scaleOf = (element: SVGGraphicsElement) => {
    const matrix = element.getScreenCTM();
    return matrix ? Math.sqrt(Math.abs(matrix.a * matrix.d - matrix.b * matrix.c)) : 0;
  };
  /** Painted at all: not display:none, not visibility:hidden, no ancestor at opacity 0, some fill. */
  const isPainted = (element: Element) => {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    for (let node: Element | null = element; node && node !== document.documentElement; node = node.parentElement) {
      if (Number(getComputedStyle(node).opacity) === 0) return false;
    }
    const style = getComputedStyle(element);
    return style.visibility !== 'hidden' && Number(style.fillOpacity) > 0;
  };
  const actorElements = () => [...map().querySelectorAll<SVGGraphicsElement>('[data-actor-id]')];
  /** Shown labels: `text` inside an actor's element, painted, with a box, inside the map box. */
  const shownLabels = () => {
    const inMap = mapBox();
    return actorElements().flatMap((actor) =>
      [...actor.querySelectorAll<SVGTextElement>('text')]
        .map((text) => ({ text, id: actor.getAttribute('data-actor-id')!, box: toBox(text.getBoundingClientRect()) }))
        .filter(({ text, box }) => area(box) > 0 && area(intersect(box, inMap)) > 0 && isPainted(text)),
    );
  };
  const shownShapes = () =>
    actorElements().flatMap((actor) =>
      [...actor.querySelectorAll<SVGGeometryElement>('.actor-shape')]
        .filter((shape) => shape.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        .map((shape) => ({ shape, id: actor.getAttribute('data-actor-id')!, box: toBox(shape.getBoundingClientRect()) })),
    );
  /** Whether any point of the box (1 px in from its edges) falls on the shape itself, not its box: a circle is a circle. */
  const boxTouchesShape = (box: Box, shape: SVGGeometryElement) => {
    const matrix = shape.getScreenCTM();
    if (!matrix) return false;
    const inverse = matrix.inverse();
    for (let y = box.top + 1; y <= box.bottom - 1; y += 1.5) {
      for (let x = box.left + 1; x <= box.right - 1; x += 1.5) {
        const point = new DOMPoint(x, y).matrixTransform(inverse);
        if (shape.isPointInFill(point) || shape.isPointInStroke(point)) return true;
      }
    }
    return false;
  };
  /** A label as read: its lines (tspans) joined by spaces. */
  const labelText = (text: SVGTextElement) => {
    const lines = [...text.querySelectorAll('tspan')].map((tspan) => tspan.textContent ?? '');
    return lines.length ? lines.join(' ') : (text.textContent ?? '');
  };
  const describe = (element: Element | null) => {
    if (!element) return 'nothing (off screen)';
    const actor = element.closest('[data-actor-id]');
    if (actor) return `actor ${actor.getAttribute('data-actor-id')}`;
    const line = element.closest('[data-relation-id], [data-relation-ids]');
    if (line) return `line ${line.getAttribute('data-relation-id') ?? line.getAttribute('data-relation-ids')}`;
    const control = element.closest('button, a, input, select, [role]');
    if (control) return `${control.tagName.toLowerCase()} “${control.getAttribute('aria-label') ?? control.textContent?.trim().slice(0, 30)}”`;
    const classes = typeof element.className === 'string' ? element.className : element.getAttribute('class');
    return `${element.tagName.toLowerCase()}${classes ? `.${classes.split(/\s+/).join('.')}` : ''}`;
  };
  const lineElement = (id: string) =>
    map().querySelector(`[data-relation-id="${CSS.escape(id)}"]`) ??
    [...map().querySelectorAll('[data-relation-ids]')].find((element) => element.getAttribute('data-relation-ids')!.split(/\s+/).includes(id)) ??
    null;
  // Along the line from its middle outwards: the middle is where a reader aims first.
  const fractions = [0.5];
  for (let step = 0.01; step < 0.49; step += 0.01) fractions.push(0.5 - step, 0.5 + step);

  const measure: Measure = {
    mapShare() {
      const viewport = viewportBox();
      return area(mapBox()) / area(viewport);
    },
    labels() {
      const labels = shownLabels();
      const sizes = labels.map(({ text, id }) => {
        const parts = [text, ...text.querySelectorAll('tspan')];
        const px = Math.min(...parts.map((part) => parseFloat(getComputedStyle(part).fontSize))) * scaleOf(text);
        return { id, px };
      });
      const labelOverlaps: string[] = [];
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1)) if (a.id !== b.id && overlap(a.box, b.box, 1)) labelOverlaps.push(`“${labelText(a.text)}” and “${labelText(b.text)}”`);
      });
      const shapes = shownShapes();
      const shapeOverlaps: string[] = [];
      for (const label of labels) {
        for (const shape of shapes) {
          if (shape.id !== label.id && overlap(label.box, shape.box, 1) && boxTouchesShape(label.box, shape.shape)) shapeOverlaps.push(`“${labelText(label.text)}” over ${shape.id}`);
        }
      }
      const controls = [...document.querySelectorAll('.map-controls > button, .map-overlay > *')].map((control) => ({ name: control.getAttribute('aria-label') ?? control.textContent?.trim().slice(0, 20), box: control.getBoundingClientRect() }));
      const underControls: string[] = [];
      for (const label of labels) for (const control of controls) if (control.box.width > 0 && overlap(label.box, control.box, 1)) underControls.push(`“${labelText(label.text)}” under ${control.name}`);
      const shownActors = new Set(labels.map(({ id }) => id));
      return {
        actors: actorElements().length,
        shown: shownActors.size,
        minPx: Math.min(...sizes.map(({ px }) => px)),
        small: sizes.filter(({ px }) => tenths(px) < 12).map(({ id, px }) => `${id} ${px.toFixed(1)} px`),
        labelOverlaps,
        shapeOverlaps,
        underControls,
      };
    },
    drawingShare() {
      const boxes = [...shownShapes().map(({ box }) => box), ...shownLabels().map(({ box }) => box)];
      if (boxes.length === 0) return 0;
      const union = boxes.reduce((a, b) => ({ left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) }));
      const inMap = mapBox();
      return area(intersect(union, inMap)) / area(inMap);
    },
    hitAreas() {
      const widths = [...map().querySelectorAll<SVGGraphicsElement>('[data-hit-line] .relation-hit')].map((hit) => {
        const style = getComputedStyle(hit);
        const px = parseFloat(style.strokeWidth) * (style.vectorEffect === 'non-scaling-stroke' ? 1 : scaleOf(hit));
        // Hit areas lie in a layer of their own, under every drawn line, named by their line.
        return { id: hit.closest('[data-hit-line]')!.getAttribute('data-hit-line')!, px };
      });
      return {
        lines: widths.length,
        minPx: Math.min(...widths.map(({ px }) => px)),
        narrow: widths.filter(({ px }) => tenths(px) < 24).map(({ id, px }) => `${id} ${px.toFixed(1)} px`),
      };
    },
    relationPoint(id) {
      const element = lineElement(id);
      if (!element) return { reason: 'no line carries its id' };
      const path = element.querySelector<SVGPathElement>('path.relation-line');
      if (!path) return { reason: 'its line has no path.relation-line' };
      if (!path.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return { reason: 'its line is not drawn (hidden)' };
      const grouped = (element.getAttribute('data-relation-ids') ?? '').split(/\s+/).filter(Boolean).length > 1;
      const matrix = path.getScreenCTM();
      if (!matrix) return { reason: 'its line has no screen position' };
      const total = path.getTotalLength();
      const inMap = mapBox();
      const labels = shownLabels();
      const blockers = new Map<string, number>();
      let outside = 0;
      for (const fraction of fractions) {
        // Whole pixels, as a mouse or a finger reports them: the point is tested where the click lands.
        const exact = path.getPointAtLength(total * fraction).matrixTransform(matrix);
        const x = Math.round(exact.x);
        const y = Math.round(exact.y);
        if (x < inMap.left + 1 || x > inMap.right - 1 || y < inMap.top + 1 || y > inMap.bottom - 1) {
          outside++;
          continue;
        }
        const hit = document.elementFromPoint(x, y);
        let blocker = hit?.closest('[data-relation-id], [data-relation-ids]') === element ? null : describe(hit);
        // Labels may let the pointer through, yet a reader cannot see the line under one.
        const label = blocker ? null : labels.find(({ box }) => contains(box, x, y));
        if (label) blocker = `label of ${label.id}`;
        if (!blocker) return { x, y, grouped };
        blockers.set(blocker, (blockers.get(blocker) ?? 0) + 1);
      }
      const covered = [...blockers].sort((a, b) => b[1] - a[1]).map(([what, count]) => `${what} ×${count}`);
      const span = path.getBoundingClientRect();
      const where = outside ? ` (map box x ${Math.round(inMap.left)}–${Math.round(inMap.right)}, y ${Math.round(inMap.top)}–${Math.round(inMap.bottom)}; line x ${Math.round(span.left)}–${Math.round(span.right)}, y ${Math.round(span.top)}–${Math.round(span.bottom)})` : '';
      return { reason: `no visible point of its line: of ${fractions.length} points along it, ${outside} outside the map box${where}${covered.length ? `, the rest under ${covered.slice(0, 4).join(', ')}` : ''}` };
    },
    state() {
      const details = document.querySelector('aside[aria-label="Details"]');
      const menu = [...document.querySelectorAll('[role="menu"]')].find((element) => element.getClientRects().length > 0 && element.checkVisibility({ visibilityProperty: true }));
      return {
        select: new URLSearchParams(window.location.search).get('select'),
        summary: details?.querySelector('.summary')?.textContent ?? null,
        menu: Boolean(menu),
        menuIds: menu ? [...menu.querySelectorAll('[role="menuitem"]')].map((item) => item.getAttribute('data-pick-relation-id') ?? '(no data-pick-relation-id)') : [],
      };
    },
    viewSignature() {
      const box = map().getBoundingClientRect();
      const actor = map().querySelector<SVGGraphicsElement>('[data-actor-id]');
      const matrix = actor?.getScreenCTM();
      const labels = [...map().querySelectorAll('[data-actor-id] text')].map((text) => {
        const r = text.getBoundingClientRect();
        return `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}`;
      });
      return [box.top, box.height, matrix ? [matrix.a, matrix.e, matrix.f].map((n) => n.toFixed(2)).join(',') : '', labels.join(';')].join('|');
    },
    // After each of the reach test's presses: several reads and waits in one round trip to the
    // page instead of six, each of which cost a frame or more.
    async still(frames) {
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      let last = measure.viewSignature();
      for (let still = 0, seen = 0; still < frames && seen < 600; seen++) {
        await nextFrame();
        const now = measure.viewSignature();
        still = now === last ? still + 1 : 0;
        last = now;
      }
    },
    async settle(timeout, stillFrames) {
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const isClear = (state: SelectionState) => !state.select && !state.summary && !state.menu;
      const until = performance.now() + timeout;
      let state = measure.state();
      while (!isClear(state) && performance.now() < until) {
        await nextFrame();
        state = measure.state();
      }
      // A selection may have scrolled the page (the phone's details) or be panning the map to
      // itself (followSelection): the map back in view, then still.
      map().scrollIntoView({ block: 'nearest' });
      await measure.still(stillFrames);
      return { cleared: isClear(state), state, closedBlocs: measure.closedBlocs(), view: measure.view() };
    },
    closedBlocs: () => [...document.querySelectorAll('[data-bloc="closed"]')].map((bloc) => bloc.getAttribute('data-actor-id')).join(' '),
    view() {
      const matrix = map().querySelector<SVGGraphicsElement>('[data-actor-id]')?.getScreenCTM();
      return matrix ? [matrix.a * 100, matrix.e, matrix.f].map(Math.round).join(',') : '';
    },
  };
  window.stancemapMeasure = measure;
}

/**
 * Waits, frame by frame, until the view (zoom, layout, label boxes, the map's place) has not moved
 * for `stillFrames` frames: five by default, enough to see through a glide; under reduced motion,
 * where the view moves in one step, two do.
 */
export async function waitForStillView(page: Page, stillFrames = 5): Promise<void> {
  await page.evaluate((frames) => window.stancemapMeasure!.still(frames), stillFrames);
}

export const mapShare = (page: Page) => page.evaluate(() => window.stancemapMeasure!.mapShare());
export const measureLabels = (page: Page) => page.evaluate(() => window.stancemapMeasure!.labels());
export const drawingShare = (page: Page) => page.evaluate(() => window.stancemapMeasure!.drawingShare());
export const hitAreas = (page: Page) => page.evaluate(() => window.stancemapMeasure!.hitAreas());
export const relationPoint = (page: Page, id: string) => page.evaluate((value) => window.stancemapMeasure!.relationPoint(value), id);
export const selectionState = (page: Page) => page.evaluate(() => window.stancemapMeasure!.state());

/** Brings the whole map into the viewport if it starts below the fold (the phone), then waits for it to be still. */
export async function scrollMapIntoView(page: Page): Promise<void> {
  const moved = await page.locator('.stance-map').evaluate((map) => {
    const before = map.getBoundingClientRect().top;
    map.scrollIntoView({ block: 'nearest' });
    return map.getBoundingClientRect().top !== before;
  });
  if (moved) await waitForStillView(page);
}

/** Presses the map's own zoom button ("Zoom in", "Zoom out") as the screen's reader would: tap or click. */
export async function pressZoom(open: OpenScreen, name: 'Zoom in' | 'Zoom out'): Promise<void> {
  const button = open.page.getByRole('button', { name, exact: true });
  if (open.screen.touch) await button.tap();
  else await button.click();
  await waitForStillView(open.page);
}

export const percent = (share: number) => `${Math.round(share * 100)} %`;

export interface ReachReport {
  reached: string[];
  /** One line per relation not reached: its id and why. */
  failures: string[];
  /** How many relations were reached through a chooser (a grouped line, then its entry). */
  throughChooser: number;
  /** Relations whose first click or tap got no response at all, so it was made once more. */
  secondTries: string[];
  smallMenuItems: string[];
}

const viewTransform = (page: Page) => page.evaluate(() => window.stancemapMeasure!.view());

type Awaited = { kind: 'selected'; relation: DatasetRelation; embed: boolean } | { kind: 'any change' };

/**
 * Waits, frame by frame in the page, until the selection state is what is awaited, and returns
 * it; after `timeout` ms returns it as it is. (The test reads the result, never the timeout.)
 */
async function waitForState(page: Page, awaited: Awaited, timeout: number): Promise<SelectionState> {
  try {
    await page.waitForFunction(
      (what) => {
        const state = window.stancemapMeasure!.state();
        if (what.kind === 'selected') return what.embed ? state.summary === what.relation.summary : state.select === `relation:${what.relation.id}`;
        return Boolean(state.select || state.summary || state.menu);
      },
      awaited,
      { polling: 'raf', timeout },
    );
  } catch {
    // Not reached in time: the state as it is tells the test what happened instead.
  }
  return selectionState(page);
}

const closedBlocs = (page: Page) => page.evaluate(() => window.stancemapMeasure!.closedBlocs());

const REDUCED_MOTION_STILL_FRAMES = 2;

/**
 * For each relation: find a visible point of its own line inside the map box, click (or tap) it;
 * a single line must select the relation; a grouped line must open a chooser whose entry for the
 * relation selects it. "Selected" is the URL's `select=relation:<id>` in the explorer, and the
 * details panel showing the relation's summary in the embed (which keeps no URL). Escape clears,
 * and the map is scrolled back into view, so each relation starts from the same view. A click or
 * tap that gets no response at all is made once more and listed in `secondTries`.
 */
export async function reachRelations(open: OpenScreen, relations: DatasetRelation[]): Promise<ReachReport> {
  const { page, screen } = open;
  const report: ReachReport = { reached: [], failures: [], throughChooser: 0, secondTries: [], smallMenuItems: [] };
  const isSelected = (relation: DatasetRelation) => (state: SelectionState) =>
    screen.embed ? state.summary === relation.summary : state.select === `relation:${relation.id}`;
  const describeState = (state: SelectionState) =>
    state.menu ? `a chooser listing ${state.menuIds.join(', ')}` : screen.embed ? (state.summary ? `the relation “${state.summary}”` : 'nothing') : (state.select ?? 'nothing');
  const press = async (x: number, y: number) => {
    if (screen.touch) await page.touchscreen.tap(x, y);
    else await page.mouse.click(x, y);
  };
  /** The map once an Escape has had its effect and the view rests: one round trip to the page. */
  const settle = () => page.evaluate((frames) => window.stancemapMeasure!.settle(1000, frames), REDUCED_MOTION_STILL_FRAMES);
  const clear = async (relation: DatasetRelation) => {
    if (!screen.touch) await page.mouse.move(0, 0);
    let settled: Settled | null = null;
    for (let attempt = 0; attempt < 3 && !settled?.cleared; attempt++) {
      await page.keyboard.press('Escape');
      settled = await settle();
    }
    if (!settled!.cleared) {
      // Said, then a fresh page, so the next relation does not start from a leftover selection.
      report.failures.push(`(after ${relation.id}: three Escapes left ${describeState(settled!.state)} open; the page was reloaded to go on)`);
      await page.goto(page.url().replace(/([?&])select=[^&]*&?/, '$1').replace(/[?&]$/, ''));
      await page.locator('svg[data-layout="settled"]').waitFor();
      await waitForStillView(page);
      settled = await settle();
    }
    // A selection inside a closed bloc opens it: Show blocs closes them all again, as the map opened.
    if (settled!.closedBlocs !== startBlocs) {
      const showBlocs = page.getByRole('button', { name: 'Show blocs', exact: true });
      if (screen.touch) await showBlocs.tap();
      else await showBlocs.click();
      await expect.poll(() => closedBlocs(page)).toBe(startBlocs);
      settled = await settle();
    }
    // Each relation from the same start: a selection may have panned the map (settle waited for
    // it to rest); the map's own "Fit map to view" brings back the first view.
    if (settled!.view !== startView) {
      const fit = page.getByRole('button', { name: 'Fit map to view', exact: true });
      if (screen.touch) await fit.tap();
      else await fit.click();
      if (!screen.touch) await page.mouse.move(0, 0);
      // The fitted view is the start from now on, should it differ from the first by a pixel.
      startView = (await settle()).view;
    }
  };
  // Each relation starts from the same view, so each selection's pan to itself and the fit back
  // are undone 62 times a screen: under reduced motion they take one step instead of half a
  // second each. Where lines are and what a press on them does is the same; motion.test.ts
  // tests the movement.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  let startView = await viewTransform(page);
  const startBlocs = await closedBlocs(page);

  for (const relation of relations) {
    const point = await relationPoint(page, relation.id);
    if ('reason' in point) {
      // A relation inside a closed bloc has no line: a press on the bloc opens it and its details
      // list what happens inside; a press on the relation there selects it. Two actions.
      const closed = (await closedBlocs(page)).split(' ');
      const bloc = relation.holders?.find((id) => closed.includes(id));
      if (bloc && relation.label) {
        const shape = (await page.locator(`[data-actor-id="${bloc}"] .actor-shape`).boundingBox())!;
        await press(shape.x + shape.width / 2, shape.y + shape.height / 2);
        const inside = page.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: relation.label, exact: true });
        await inside.waitFor({ timeout: 4000 }).catch(() => undefined);
        if ((await inside.count()) === 1) {
          if (screen.touch) await inside.tap();
          else await inside.click();
          if (isSelected(relation)(await waitForState(page, { kind: 'selected', relation, embed: screen.embed }, 4000))) {
            report.reached.push(relation.id);
            report.throughChooser++;
            await clear(relation);
            continue;
          }
        }
      }
      report.failures.push(`${relation.id}: ${point.reason}`);
      if (bloc) await clear(relation);
      continue;
    }
    await press(point.x, point.y);
    const selected = isSelected(relation);
    // Generous: the machine the tests run on may be busy, and only a failure waits this long.
    let state = await waitForState(page, { kind: 'any change' }, 4000);
    if (!state.select && !state.summary && !state.menu) {
      // No response at all: on a loaded machine a tap's touchend can come late enough to read as a
      // long press. One more try, counted apart; a line that answers neither time fails below.
      report.secondTries.push(relation.id);
      await press(point.x, point.y);
      state = await waitForState(page, { kind: 'any change' }, 4000);
    }
    if (!selected(state) && state.menu) {
      const entry = page.locator(`[role="menu"] [role="menuitem"][data-pick-relation-id="${relation.id}"]`);
      // A long list scrolls inside the chooser: the reader scrolls it to the entry, then presses.
      const box = (await entry.count()) === 1 ? await entry.evaluate((item) => (item.scrollIntoView({ block: 'nearest', behavior: 'instant' }), item.getBoundingClientRect().toJSON() as DOMRect)) : null;
      if (!box) {
        report.failures.push(`${relation.id}: its ${point.grouped ? 'grouped ' : ''}line at (${Math.round(point.x)}, ${Math.round(point.y)}) opened a chooser without an entry for it (it lists ${state.menuIds.join(', ')})`);
        await clear(relation);
        continue;
      }
      if (box.width < 24 || box.height < 24) report.smallMenuItems.push(`${relation.id} ${box.width.toFixed(0)}×${box.height.toFixed(0)} px`);
      // Pressed where it is drawn, as the line was (a locator's tap adds its own waits to each of
      // the 62 relations): a press that lands on anything else fails below.
      await press(box.x + box.width / 2, box.y + box.height / 2);
      state = await waitForState(page, { kind: 'selected', relation, embed: screen.embed }, 4000);
      if (selected(state)) report.throughChooser++;
    }
    if (selected(state)) report.reached.push(relation.id);
    else report.failures.push(`${relation.id}: a ${screen.touch ? 'tap' : 'click'} on its ${point.grouped ? 'grouped ' : ''}line at (${Math.round(point.x)}, ${Math.round(point.y)}) led to ${describeState(state)}`);
    await clear(relation);
  }
  await page.emulateMedia({ reducedMotion: null });
  return report;
}

export const LABEL_IN_NAME = 'label-content-name-mismatch';

/** Tells elements by actor id or relation ids, accessible name and visible text: axe's selectors are transforms and nth-childs here. */
function describeElements(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate(
    (list) =>
      list.map((selector) => {
        const element = document.querySelector(selector);
        if (!element) return selector;
        const id = element.getAttribute('data-actor-id') ?? element.getAttribute('data-relation-id') ?? element.getAttribute('data-relation-ids');
        const texts = [...element.querySelectorAll('text, tspan')].filter((text) => !text.querySelector('tspan')).map((text) => text.textContent);
        const visible = texts.length ? texts.join(' ') : element.textContent;
        return `${id ?? selector}: named “${element.getAttribute('aria-label') ?? ''}”, shows “${visible?.trim().slice(0, 60)}”`;
      }),
    selectors,
  );
}

/**
 * axe's WCAG 2.5.3 rule, in a run of the `wcag21a` rules (the rest of WCAG 2.2 AA is
 * accessibility.test.ts's audit; running it all here again would double this file's time). The
 * rule is tagged `experimental`, which axe leaves out of a tag run even when `wcag21a` is asked
 * for; naming it in `rules` turns it on. `ran` says whether it really ran.
 */
export async function labelInNameAudit(page: Page): Promise<{ ran: boolean; violations: string[]; incomplete: number }> {
  const results = await axeOn(page).options({ rules: { [LABEL_IN_NAME]: { enabled: true } } }).withTags(['wcag21a']).analyze();
  const ofRule = (list: typeof results.violations) => list.filter((result) => result.id === LABEL_IN_NAME);
  return {
    ran: [results.passes, results.violations, results.incomplete, results.inapplicable].some((list) => ofRule(list).length > 0),
    violations: await describeElements(page, ofRule(results.violations).flatMap((result) => result.nodes.map((node) => String(node.target[0])))),
    incomplete: ofRule(results.incomplete).reduce((sum, result) => sum + result.nodes.length, 0),
  };
}
