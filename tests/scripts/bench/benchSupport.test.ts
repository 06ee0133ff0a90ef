import { formatOpening, writeTextDataset } from '../../../scripts/bench/measureOpening';
import type { Dataset } from '../../../src/model/datasetSchema';
import { parseDataset } from '../../../src/model/parseDataset';
import { parseBenchArgs } from '../../../scripts/bench/benchOptions';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSize, initialAssets, pageWeight } from '../../../scripts/bench/bundleSizes';
import { emptySpotCandidates, spiral, type RunMetrics } from '../../../scripts/bench/measurePage';
import { formatReport, summarise, type BenchResults } from '../../../scripts/bench/report';
import { advantage, drawnFramesPerSecond, framesPerSecond, median } from '../../../scripts/bench/stats';
import { nodeRadius as referenceRadius, seededRandom as referenceRandom } from '../../../bench/reference/graph';
import { seededRandom } from '../../../src/layout/createSimulation';
import { nodeRadius } from '../../../src/layout/simulationGraph';

describe('bench options', () => {
  it('defaults to five runs of every size', () => {
    expect(parseBenchArgs([])).toMatchObject({ runs: 5, sizes: [100, 500, 2000, 10000], article: true, build: true, settleTimeoutMs: 60_000 });
  });

  it('reads --runs, --sizes, --quick, --timeout and --no-build, with or without =', () => {
    expect(parseBenchArgs(['--runs', '3', '--sizes=100,500', '--no-build', '--timeout=20'])).toMatchObject({ runs: 3, sizes: [100, 500], build: false, settleTimeoutMs: 20_000 });
    expect(parseBenchArgs(['--quick'])).toMatchObject({ runs: 1 });
  });

  it('opens 2,000 and 10,000 actors with their article unless told other sizes or none', () => {
    expect(parseBenchArgs([])).toMatchObject({ textSizes: [2000, 10000] });
    expect(parseBenchArgs(['--text-sizes', '500'])).toMatchObject({ textSizes: [500] });
    expect(parseBenchArgs(['--no-text'])).toMatchObject({ textSizes: [] });
    expect(parseBenchArgs(['--text-sizes', '0'])).toEqual({ error: '--text-sizes needs a whole number above 0, not “0”.' });
  });

  it('refuses what it does not understand, saying why', () => {
    expect(parseBenchArgs(['--runs', 'many'])).toEqual({ error: '--runs needs a whole number above 0, not “many”.' });
    expect(parseBenchArgs(['--sizes', '100,x'])).toEqual({ error: '--sizes needs a whole number above 0, not “x”.' });
    expect(parseBenchArgs(['--fast'])).toEqual({ error: 'unknown option “--fast”.' });
  });
});

describe('initialAssets', () => {
  it('lists the module scripts, modulepreloads and stylesheets an HTML page loads, not icons or other sites', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" href="./favicon.svg" />
      <script type="module" crossorigin src="./assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-def.js">
      <link rel="stylesheet" crossorigin href="./assets/index-123.css">
      <script src="https://cdn.example/analytics.js"></script>
      <link rel=modulepreload href=./assets/react-def.js>
    </head><body><script>inline()</script></body></html>`;
    expect(initialAssets(html)).toEqual(['./assets/index-abc.js', './assets/react-def.js', './assets/index-123.css']);
  });
});

describe('pageWeight', () => {
  it('counts the HTML with what it loads up front: a prerendered page is not free', () => {
    const folder = mkdtempSync(join(tmpdir(), 'stancemap-weight-'));
    mkdirSync(join(folder, 'assets'));
    const html = `<script type="module" src="./assets/a.js"></script><link rel="stylesheet" href="./assets/a.css"><template>${'<p>prerendered</p>'.repeat(500)}</template>`;
    writeFileSync(join(folder, 'index.html'), html);
    writeFileSync(join(folder, 'assets', 'a.js'), 'console.log("app");'.repeat(50));
    writeFileSync(join(folder, 'assets', 'a.css'), 'p{color:red}');
    const weight = pageWeight(join(folder, 'index.html'));
    expect(weight.htmlGzip).toBe(gzipSize(html));
    expect(weight.initialGzip).toBe(weight.htmlGzip + weight.initialJsGzip + weight.initialCssGzip);
    expect(weight.initialJsGzip).toBeGreaterThan(0);
  });
});

describe('stats', () => {
  it('takes the median of what was measured', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, null, 2, 3])).toBe(2.5);
    expect(median([null, undefined])).toBeNull();
  });

  it('reads every comparison so that above 1 means stancemap is better', () => {
    expect(advantage(100, 300, 'lower')).toBe(3);
    expect(advantage(30, 60, 'higher')).toBe(0.5);
    expect(advantage(null, 60, 'higher')).toBeNull();
  });

  it('counts frames per second over a window, and says nothing of a window too short', () => {
    const frames = Array.from({ length: 121 }, (_, i) => 1 + i * (1000 / 60));
    expect(framesPerSecond(frames, 0, 1000)).toBeCloseTo(60, 0);
    expect(framesPerSecond(frames, 0, 50)).toBeNull();
  });

  it('counts the drawings a page reports when it reports them (a map drawn in a worker), its animation frames otherwise', () => {
    const frames = Array.from({ length: 121 }, (_, i) => 1 + i * (1000 / 60));
    // The page ran at 60 frames a second; the worker drew 20 times a second.
    const painted = frames.map((time) => [time, time / 50] as const);
    expect(drawnFramesPerSecond(frames, painted, 0, 1000)).toBeCloseTo(20, 0);
    expect(drawnFramesPerSecond(frames, [], 0, 1000)).toBeCloseTo(60, 0);
    expect(drawnFramesPerSecond(frames, painted, 0, 50)).toBeNull();
  });
});

describe('the spiral the bench hovers along', () => {
  it('starts in the middle of the box and stays inside it', () => {
    const box = { x: 100, y: 50, width: 400, height: 300 };
    const points = [...spiral(box, 5, 2000)];
    expect(points[0]).toEqual({ x: 300, y: 200 });
    expect(points.every((point) => point.x > 108 && point.x < 492 && point.y > 58 && point.y < 342)).toBe(true);
  });
});

describe('the reference pages', () => {
  it('size nodes and draw random numbers exactly as stancemap does', () => {
    for (const count of [0, 1, 3, 10, 57]) expect(referenceRadius(count)).toBe(nodeRadius(count));
    const ours = seededRandom(1);
    const theirs = referenceRandom(1);
    for (let i = 0; i < 5; i++) expect(theirs()).toBe(ours());
  });
});

describe('the report', () => {
  const run = (overrides: Partial<RunMetrics>): RunMetrics => ({
    firstFrameMs: 500,
    firstFrameSource: 'mark',
    settledMs: 900,
    settledSource: 'mark',
    settleTimedOut: false,
    animationFps: 30,
    animationWindowMs: 400,
    panZoomFps: 60,
    panZoomDrawnFps: null,
    panZoomInputRate: null,
    longTaskCount: 2,
    longestTaskMs: 120,
    longestLayoutTaskMs: 0,
    heapMB: 5,
    clickToDetailsMs: 40,
    clickToDetailsFrameMs: 50,
    clickedActor: 'Russia',
    errors: [],
    ...overrides,
  });
  const entry = (runs: RunMetrics[]) => ({ runs, summary: summarise(runs) });
  const results: BenchResults = {
    meta: { date: '2026-01-01T00:00:00Z', chromium: '156', node: 'v20', cpus: 2, loadAverage: [0, 0, 0], runs: 3, settleTimeoutMs: 60_000, windowMs: 3000, commit: 'abc1234', dirtyTree: false },
    weights: {
      stancemapInitialGzip: 150 * 1024,
      stancemapInitialJsGzip: 145 * 1024,
      stancemapInitialCssGzip: 5 * 1024,
      stancemapHtmlGzip: 1024,
      stancemapTotalJsGzip: 200 * 1024,
      embedHtmlGzip: 140 * 1024,
      embedHostScriptGzip: 400,
      references: { 'd3-svg': 24 * 1024, 'force-graph': 69 * 1024, 'react-minimal': 72 * 1024 },
    },
    results: {
      '100': {
        stancemap: entry([run({ firstFrameMs: 400, panZoomDrawnFps: 44, panZoomInputRate: 45 }), run({ firstFrameMs: 500, panZoomDrawnFps: 40, panZoomInputRate: 45 }), run({ firstFrameMs: 600, panZoomDrawnFps: 46, panZoomInputRate: 47 })]),
        'd3-svg': entry([run({ settleTimedOut: true, settledMs: null, panZoomFps: 30, longestLayoutTaskMs: 100 }), run({ settleTimedOut: true, settledMs: null, panZoomFps: 30, longestLayoutTaskMs: 100 }), run({ panZoomFps: 30, longestLayoutTaskMs: 100 })]),
      },
    },
  };

  it('gives medians, a timed-out layout as “> timeout”, and ratios that read above 1 when stancemap is better (no long task counting as 50 ms)', () => {
    const report = formatReport(results);
    expect(report).toContain('| 100 actors | stancemap explorer | 500 ms | 900 ms | 30 | 60 | 44 / 45 | 2 / 120 ms | none | 5.0 MB | 40 ms |');
    expect(report).toContain('| 100 actors | d3 SVG | 500 ms | > 60.0 s | 30 | 30 | – | 2 / 120 ms | 100 ms |');
    expect(report).toContain('| 100 actors | d3 SVG | 1.00× | – | 1.00× | 2.00× | 1.00× | 2.00× | 1.00× |');
    expect(report).toContain('| React + react-dom + d3-force | 72.0 KB | 0.48× | 0.51× |');
  });
});

describe('where the bench looks for an empty point to drag from', () => {
  it('tries the corners and edges of the map before its middle', () => {
    const points = [...emptySpotCandidates({ x: 0, y: 0, width: 1000, height: 600 })];
    expect(points.slice(0, 4)).toEqual([{ x: 30, y: 30 }, { x: 970, y: 30 }, { x: 30, y: 570 }, { x: 970, y: 570 }]);
    expect(points[8]).toEqual({ x: 500, y: 300 });
  });
});

describe('opening figures', () => {
  it('tabulates each size and says how validation grows with the data', () => {
    const table = formatOpening([
      { actors: 2000, relations: 6000, megabytes: 1.9, validateMs: 1500, firstDrawingMs: 2800, heapMB: 30.2 },
      { actors: 10_000, relations: 30_000, megabytes: 9.5, validateMs: 3600, firstDrawingMs: null, heapMB: null },
    ]);
    expect(table).toContain('| 2,000 actors, 6,000 relations | 1.9 MB | 1.5 s | 2.8 s | 30.2 MB |');
    expect(table).toContain('| 10,000 actors, 30,000 relations | 9.5 MB | 3.6 s | – | – MB |');
    expect(table).toContain('From 2,000 to 10,000 actors (5.0× the data), validation takes 2.4× as long.');
  });

  it('writes datasets whose every quote is a sentence of the article, once', () => {
    const folder = mkdtempSync(join(tmpdir(), 'stancemap-opening-'));
    const { file, relations } = writeTextDataset(folder, 60);
    const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
    expect(relations).toBe(dataset.relations.length);
    const text = dataset.article.paragraphs.join('\n');
    for (const item of [...dataset.actors, ...dataset.relations]) {
      const [evidence] = item.evidence;
      expect(text.split(evidence!.quote)).toHaveLength(2);
    }
    expect(parseDataset(dataset)).toMatchObject({ ok: true, warnings: [] });
  });
});
