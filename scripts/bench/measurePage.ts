/**
 * One measured visit of one page in a fresh Debian Chromium: load until the layout settles, count
 * frames while it animates and while the reader pans and zooms, long tasks, heap, and (on
 * stancemap) the time from a click on an actor to its details. The same steps, flags and viewport
 * for every page, so the figures compare.
 *
 * The page-side helpers are plain JavaScript in a string: functions handed to page.evaluate would
 * carry the TypeScript compiler's helpers into the page.
 */
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium';
import { launchSettledBrowser } from './settledBrowser';
import { drawnFramesPerSecond, framesPerSecond, type PaintedSample } from './stats';

export const VIEWPORT = { width: 1280, height: 800 };
/** The tests' flags (scripts/chromium.ts), and a page that is measured as if it were on screen. */
export const BENCH_CHROMIUM_FLAGS = [
  ...CHROMIUM_FLAGS,
  // A headless page is never on screen: without these Chromium may slow its timers and frames.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

export interface BenchTarget {
  /** `stancemap` pages get the click test and have stancemap's controls; references do not. */
  kind: 'stancemap' | 'reference';
  url: string;
  /** Names of the dataset's actors: how the bench recognises an actor in the tooltip. */
  actorNames: ReadonlySet<string>;
}

export interface RunMetrics {
  firstFrameMs: number | null;
  firstFrameSource: 'mark' | 'fallback' | null;
  settledMs: number | null;
  settledSource: 'mark' | 'fallback' | null;
  /** The layout had not settled within the timeout; the bench stopped it (or the page did not answer). */
  settleTimedOut: boolean;
  animationFps: number | null;
  animationWindowMs: number | null;
  /** Page frames (requestAnimationFrame) while panning and zooming, as for every page. */
  panZoomFps: number | null;
  /** stancemap's canvas map only: its drawings per second while panning and zooming… */
  panZoomDrawnFps: number | null;
  /** …and the pan and zoom steps the page was given per second, which no drawing rate can pass. */
  panZoomInputRate: number | null;
  longTaskCount: number | null;
  longestTaskMs: number | null;
  /** The longest task from the first frame until settled: what blocks a reader while the layout runs. */
  longestLayoutTaskMs: number | null;
  heapMB: number | null;
  clickToDetailsMs: number | null;
  /** From the click to the start of the frame that shows the details. */
  clickToDetailsFrameMs: number | null;
  clickedActor: string | null;
  errors: string[];
}

/** Installed before any page script: a frame log, a long-task log and the helpers below. */
const INSTRUMENT = String.raw`(() => {
  const bench = (window.__bench = { frames: [], painted: [], inputs: [], longTasks: [], firstFrameFallback: null, settledFallback: null, click: null, actorNames: new Set() });
  const MAP_DRAWN = '.stance-map [data-actor-id], .stance-map canvas';
  const MAP_SETTLED = '.stance-map[data-layout="settled"], .stance-map [data-layout="settled"]';
  const loop = () => {
    const now = performance.now();
    bench.frames.push(now);
    // stancemap's canvas map may draw in a worker: it counts its drawings on the element.
    const counted = document.querySelector('.stance-map canvas[data-painted-frames]');
    if (counted) bench.painted.push([now, Number(counted.getAttribute('data-painted-frames'))]);
    if (bench.firstFrameFallback === null && document.querySelector(MAP_DRAWN)) bench.firstFrameFallback = now;
    if (bench.settledFallback === null && bench.firstFrameFallback !== null && document.querySelector(MAP_SETTLED)) bench.settledFallback = now;
    // stancemap says whether its layout runs; a map drawn from saved positions never animates.
    if (document.querySelector('[data-layout]')) bench.saysLayout = true;
    if (document.querySelector('[data-layout="running"]')) bench.layoutRan = true;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  // Every pan or zoom step the page is given: what a map can at most show while it is dragged.
  for (const type of ['pointermove', 'wheel']) window.addEventListener(type, () => bench.inputs.push(performance.now()), { capture: true, passive: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {}
  // Every page marks its first frame from inside a requestAnimationFrame callback, before the
  // browser styles, lays out and paints that frame: a message posted there arrives once the frame
  // is done. That moment is the first frame's time, so a page whose frame costs more to lay out
  // and paint (a large DOM) is not flattered by an early mark.
  const originalMark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    if (/first-frame$/.test(name) && bench.firstFramePainted === undefined) {
      bench.firstFramePainted = null;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (bench.firstFramePainted = performance.now());
      channel.port2.postMessage(null);
    }
    return originalMark(name, options);
  };
  const mark = (names) => {
    for (const name of names) {
      const entry = performance.getEntriesByName(name, 'mark')[0];
      if (entry) return entry.startTime;
    }
    return null;
  };
  bench.state = () => {
    const firstFrameMark = mark(['stancemap:first-frame', 'bench:first-frame']);
    const firstFrame = firstFrameMark === null ? null : (bench.firstFramePainted ?? firstFrameMark);
    const settled = mark(['stancemap:settled', 'bench:settled']);
    return {
      firstFrame: firstFrame ?? bench.firstFrameFallback,
      firstFrameSource: firstFrame !== null ? 'mark' : bench.firstFrameFallback !== null ? 'fallback' : null,
      settled: settled ?? bench.settledFallback,
      settledSource: settled !== null ? 'mark' : bench.settledFallback !== null ? 'fallback' : null,
      // The reference pages animate from their first tick and do not say so.
      layoutAnimated: !bench.saysLayout || bench.layoutRan === true,
      now: performance.now(),
    };
  };
  bench.mapBox = () => {
    const map = document.querySelector('.stance-map') || document.getElementById('map');
    const box = map.getBoundingClientRect();
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  };
  bench.nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
  bench.tooltip = () => {
    const tooltip = document.querySelector('.map-tooltip');
    if (!tooltip || tooltip.hidden) return null;
    const style = getComputedStyle(tooltip);
    if (style.display === 'none' || style.visibility === 'hidden') return null;
    return tooltip.textContent.trim() || null;
  };
  // Is there an actor (or a control) under this point, that a drag would move instead of the map?
  // Lines may be under it: dragging a line pans. On canvas only the tooltip knows what is there.
  bench.occupied = (x, y) => {
    if (window.benchHitAt) return window.benchHitAt(x, y);
    const element = document.elementFromPoint(x, y);
    if (!element || !element.closest('.stance-map, #map')) return true;
    if (element.closest('[data-actor-id], button, a, .map-controls')) return true;
    const tooltip = bench.tooltip();
    return tooltip !== null && bench.actorNames.has(tooltip);
  };
  bench.armClick = (name) => {
    const click = (bench.click = { start: null, inputDelay: null, end: null, frame: null });
    const shown = () => {
      const panel = document.querySelector('[aria-label="Details"]');
      return !!panel && [...panel.querySelectorAll('h1, h2, h3, h4')].some((heading) => heading.textContent.trim() === name);
    };
    window.addEventListener('click', (event) => {
      click.start = performance.now();
      click.inputDelay = click.start - event.timeStamp;
    }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (click.start === null || click.end !== null || !shown()) return;
      click.end = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => (click.frame = performance.now()));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  };
})();`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class Timeout extends Error {}

/** A page whose main thread is busy answers no evaluate; give up after `ms` instead of waiting for it. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Timeout(`no answer within ${Math.round(ms)} ms`)), Math.max(0, ms))));
  promise.catch(() => {});
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const evaluate = <T>(page: Page, expression: string, ms = 10_000) => within(ms, page.evaluate(expression) as Promise<T>);

interface PageState {
  firstFrame: number | null;
  firstFrameSource: 'mark' | 'fallback' | null;
  settled: number | null;
  settledSource: 'mark' | 'fallback' | null;
  layoutAnimated: boolean;
  now: number;
}

interface Point {
  x: number;
  y: number;
}

/** Points spiralling out from the middle of a box (a sunflower pattern: evenly spread, nearest first). */
export function* spiral(box: { x: number; y: number; width: number; height: number }, spacing: number, most: number): Generator<Point> {
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  for (let k = 0; k < most; k++) {
    const radius = spacing * Math.sqrt(k);
    const angle = k * 2.399963229728653;
    const point = { x: Math.round(centre.x + radius * Math.cos(angle)), y: Math.round(centre.y + radius * Math.sin(angle)) };
    if (point.x > box.x + 8 && point.x < box.x + box.width - 8 && point.y > box.y + 8 && point.y < box.y + box.height - 8) yield point;
  }
}

/** How long a busy page may leave a question unanswered before the bench calls it stuck. */
const UNANSWERED_MS = 15_000;

/** How long the bench hovers looking for an empty point or an actor before it gives up. */
const SEARCH_MS = 30_000;

/**
 * Where to look for a point with no actor under it: the corners and edges of the map first (a
 * fitted graph leaves them empty; in a dense middle a canvas map's pointer picks the nearest actor
 * everywhere), then outward from the middle.
 */
export function* emptySpotCandidates(box: { x: number; y: number; width: number; height: number }): Generator<Point> {
  const inset = 30;
  const [left, right, top, bottom] = [box.x + inset, box.x + box.width - inset, box.y + inset, box.y + box.height - inset];
  const [middleX, middleY] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
  yield* [
    { x: left, y: top },
    { x: right, y: top },
    { x: left, y: bottom },
    { x: right, y: bottom },
    { x: left, y: middleY },
    { x: right, y: middleY },
    { x: middleX, y: top },
    { x: middleX, y: bottom },
  ].map(({ x, y }) => ({ x: Math.round(x), y: Math.round(y) }));
  yield* spiral(box, 12, 400);
}

async function findEmptySpot(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<Point | null> {
  const deadline = Date.now() + SEARCH_MS;
  for (const point of emptySpotCandidates(box)) {
    if (Date.now() > deadline) break;
    await page.mouse.move(point.x, point.y);
    await evaluate(page, 'window.__bench.nextFrame()');
    if (!(await evaluate<boolean>(page, `window.__bench.occupied(${point.x}, ${point.y})`))) return point;
  }
  return null;
}

/** Hovers points spiralling out from the map's middle until the tooltip names an actor. */
async function findActor(page: Page, box: { x: number; y: number; width: number; height: number }, actorNames: ReadonlySet<string>): Promise<{ point: Point; name: string } | null> {
  const deadline = Date.now() + SEARCH_MS;
  for (const point of spiral(box, 2.5, 6000)) {
    if (Date.now() > deadline) break;
    await page.mouse.move(point.x, point.y);
    const text = await evaluate<string | null>(page, 'window.__bench.tooltip()');
    if (text === null || !actorNames.has(text)) continue;
    // A tooltip drawn on the next frame may still describe the last point: ask again once it has caught up.
    await evaluate(page, 'window.__bench.nextFrame()');
    const confirmed = await evaluate<string | null>(page, 'window.__bench.tooltip()');
    if (confirmed !== null && actorNames.has(confirmed)) return { point, name: confirmed };
  }
  return null;
}

/** Drags in 20 steps, cut short at `endAt`: on a page that draws a frame a second, 20 steps take 20 seconds. */
async function drag(page: Page, from: Point, to: Point, endAt: number) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 20 && Date.now() < endAt; step++) {
    await page.mouse.move(from.x + ((to.x - from.x) * step) / 20, from.y + ((to.y - from.y) * step) / 20);
  }
  await page.mouse.up();
}

/**
 * Pans sideways and back and zooms in and out around an empty point for `windowMs`, leaving the
 * map where it was, and returns the frames per second the page kept up meanwhile.
 */
async function measurePanZoom(page: Page, windowMs: number, actorNames: ReadonlySet<string>): Promise<{ fps: number | null; drawnFps: number | null; inputRate: number | null }> {
  await within(10_000, page.evaluate((names) => (window as unknown as { __bench: { actorNames: Set<string> } }).__bench.actorNames = new Set(names), [...actorNames]));
  const box = await evaluate<{ x: number; y: number; width: number; height: number }>(page, 'window.__bench.mapBox()');
  const start = await findEmptySpot(page, box);
  if (!start) throw new Error(`found no empty point on the map to drag from within ${SEARCH_MS / 1000} s`);
  // Towards the middle, so the drag stays on the map wherever it starts.
  const distance = Math.min(200, box.width / 4) * (start.x < box.x + box.width / 2 ? 1 : -1);
  const from = await evaluate<number>(page, 'performance.now()');
  const endAt = Date.now() + windowMs;
  while (Date.now() < endAt) {
    const aside = { x: start.x + distance, y: start.y };
    await drag(page, start, aside, endAt);
    await drag(page, aside, start, endAt);
    for (const deltaY of [-120, -120, -120, -120, 120, 120, 120, 120]) {
      if (Date.now() > endAt) break;
      await page.mouse.wheel(0, deltaY);
      await sleep(16);
    }
  }
  await evaluate(page, 'window.__bench.nextFrame()');
  const to = await evaluate<number>(page, 'performance.now()');
  const frames = await evaluate<number[]>(page, 'window.__bench.frames.filter((time) => time > ' + from + ')');
  const painted = await evaluate<PaintedSample[]>(page, 'window.__bench.painted.filter(([time]) => time >= ' + from + ')');
  const inputs = await evaluate<number[]>(page, 'window.__bench.inputs.filter((time) => time > ' + from + ')');
  // Page frames for every page alike: a page that draws only when something changed makes no more
  // drawings than it is given steps, while one that redraws every frame counts frames that changed nothing.
  return {
    fps: framesPerSecond(frames, from, to),
    drawnFps: painted.length > 1 ? drawnFramesPerSecond([], painted, from, to) : null,
    inputRate: framesPerSecond(inputs, from, to),
  };
}

async function measureClick(page: Page, actorNames: ReadonlySet<string>): Promise<{ ms: number | null; frameMs: number | null; actor: string | null }> {
  const box = await evaluate<{ x: number; y: number; width: number; height: number }>(page, 'window.__bench.mapBox()');
  const found = await findActor(page, box, actorNames);
  if (!found) throw new Error(`hovering the map for ${SEARCH_MS / 1000} s found no actor (the tooltip never named one)`);
  await evaluate(page, `window.__bench.armClick(${JSON.stringify(found.name)})`);
  await page.mouse.click(found.point.x, found.point.y);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const click = await evaluate<{ start: number | null; end: number | null; frame: number | null }>(page, 'window.__bench.click', deadline - Date.now());
    if (click.start !== null && click.end !== null && click.frame !== null) return { ms: click.end - click.start, frameMs: click.frame - click.start, actor: found.name };
    if (Date.now() > deadline) throw new Error(`the details did not name “${found.name}” within 15 s of the click`);
    await sleep(20);
  }
}

export async function measurePage(target: BenchTarget, { settleTimeoutMs, windowMs }: { settleTimeoutMs: number; windowMs: number }): Promise<RunMetrics> {
  const metrics: RunMetrics = {
    firstFrameMs: null,
    firstFrameSource: null,
    settledMs: null,
    settledSource: null,
    settleTimedOut: false,
    animationFps: null,
    animationWindowMs: null,
    panZoomFps: null,
    panZoomDrawnFps: null,
    panZoomInputRate: null,
    longTaskCount: null,
    longestTaskMs: null,
    longestLayoutTaskMs: null,
    heapMB: null,
    clickToDetailsMs: null,
    clickToDetailsFrameMs: null,
    clickedActor: null,
    errors: [],
  };
  const note = (step: string, error: unknown) => metrics.errors.push(`${step}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  let browser: Browser | undefined;
  try {
    browser = await launchSettledBrowser({ executablePath: CHROMIUM_PATH, headless: true, args: BENCH_CHROMIUM_FLAGS });
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('pageerror', (error) => metrics.errors.push(`page: ${error.message}`));
    await page.addInitScript({ content: INSTRUMENT });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(target.url, { waitUntil: 'commit', timeout: 30_000 });

    // Load and layout: ask the page how far it is until it says settled, or the time is up.
    const deadline = Date.now() + settleTimeoutMs;
    let state: PageState | null = null;
    let responsive = true;
    while (Date.now() < deadline) {
      try {
        // A page that draws one frame every few seconds still answers between frames: only a
        // question unanswered well past the deadline means its main thread is stuck.
        state = await evaluate<PageState>(page, 'window.__bench.state()', deadline - Date.now() + UNANSWERED_MS);
      } catch (error) {
        if (!(error instanceof Timeout)) throw error;
        responsive = false;
        break;
      }
      if (state.settled !== null) break;
      await sleep(100);
    }
    if (state?.settled === null || !responsive) {
      metrics.settleTimedOut = true;
      try {
        // A reference page stops its simulation; stancemap's own button freezes its layout.
        await evaluate(page, `window.benchStopLayout ? window.benchStopLayout() : document.querySelector('button[aria-label="Freeze the layout"]')?.click()`, UNANSWERED_MS);
        state = await evaluate<PageState>(page, 'window.__bench.state()', UNANSWERED_MS);
        responsive = true;
      } catch (error) {
        note(`the page did not answer within ${Math.round(settleTimeoutMs / 1000)} s (main thread busy)`, error);
        responsive = false;
      }
    }
    if (state && !responsive) metrics.firstFrameMs = state.firstFrame;
    if (!state || !responsive) return metrics;
    metrics.firstFrameMs = state.firstFrame;
    metrics.firstFrameSource = state.firstFrameSource;
    if (!metrics.settleTimedOut && state.settled !== null) {
      // A layout computed before the first paint is settled when it is first seen, not when it was computed.
      metrics.settledMs = state.firstFrame === null ? state.settled : Math.max(state.settled, state.firstFrame);
      metrics.settledSource = state.settledSource;
    }
    await sleep(300);
    const loadEnd = metrics.settledMs ?? state.now;

    // Frames while the layout animates: from the first frame for windowMs, or until it settles.
    // A prerendered first frame is followed by the app's render, not by a moving layout.
    const frames = await evaluate<number[]>(page, 'window.__bench.frames');
    const painted = await evaluate<PaintedSample[]>(page, 'window.__bench.painted');
    if (state.firstFrame !== null && state.layoutAnimated) {
      const to = Math.min(state.firstFrame + windowMs, loadEnd);
      metrics.animationWindowMs = Math.max(0, to - state.firstFrame);
      metrics.animationFps = drawnFramesPerSecond(frames, painted, state.firstFrame, to);
    }
    const longTasks = (await evaluate<{ start: number; duration: number }[]>(page, 'window.__bench.longTasks')).filter((task) => task.start <= loadEnd);
    metrics.longTaskCount = longTasks.length;
    metrics.longestTaskMs = longTasks.length ? Math.max(...longTasks.map((task) => task.duration)) : null;
    if (state.firstFrame !== null) {
      // Loading ends with the first frame; a task that starts later ran while the layout did. None: 0 ms.
      const firstFrame = state.firstFrame;
      metrics.longestLayoutTaskMs = Math.max(0, ...longTasks.filter((task) => task.start >= firstFrame).map((task) => task.duration));
    }

    try {
      await within(20_000, cdp.send('HeapProfiler.collectGarbage'));
      const { metrics: list } = await within(10_000, cdp.send('Performance.getMetrics'));
      const used = list.find((metric) => metric.name === 'JSHeapUsedSize');
      metrics.heapMB = used ? used.value / 1024 / 1024 : null;
    } catch (error) {
      note('heap', error);
    }
    try {
      // Input waits for a busy page to take it: each step has a ceiling, so one stuck page cannot stall the bench.
      const panZoom = await within(windowMs + SEARCH_MS + 30_000, measurePanZoom(page, windowMs, target.actorNames));
      metrics.panZoomFps = panZoom.fps;
      metrics.panZoomDrawnFps = panZoom.drawnFps;
      metrics.panZoomInputRate = panZoom.inputRate;
    } catch (error) {
      note('pan and zoom', error);
    }
    if (target.kind === 'stancemap') {
      try {
        const click = await within(SEARCH_MS + 30_000, measureClick(page, target.actorNames));
        metrics.clickToDetailsMs = click.ms;
        metrics.clickToDetailsFrameMs = click.frameMs;
        metrics.clickedActor = click.actor;
      } catch (error) {
        note('click to details', error);
      }
    }
    return metrics;
  } catch (error) {
    note('visit', error);
    return metrics;
  } finally {
    await within(15_000, browser?.close() ?? Promise.resolve()).catch(() => {});
  }
}
