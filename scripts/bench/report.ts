/**
 * The bench's figures as Markdown tables, ready for docs/performance.md. Pure: results in, text out.
 */
import type { RunMetrics } from './measurePage';
import { advantage, median } from './stats';

export const PAGES = {
  stancemap: 'stancemap explorer',
  'stancemap-embed': 'stancemap embed.html',
  'd3-svg': 'd3 SVG',
  'force-graph': 'force-graph (canvas)',
} as const;
export type PageId = keyof typeof PAGES;
export const REFERENCES = ['d3-svg', 'force-graph'] as const satisfies readonly PageId[];

type Figure = Exclude<keyof RunMetrics, 'errors' | 'clickedActor' | 'firstFrameSource' | 'settledSource' | 'settleTimedOut'>;

export interface Summary {
  runs: number;
  timedOutRuns: number;
  missingFirstFrameRuns: number;
  medians: Record<Figure, number | null>;
  errors: string[];
}

export interface Weights {
  stancemapInitialGzip: number;
  stancemapInitialJsGzip: number;
  stancemapInitialCssGzip: number;
  stancemapHtmlGzip: number;
  stancemapTotalJsGzip: number;
  embedHtmlGzip: number;
  embedHostScriptGzip: number;
  references: Record<'d3-svg' | 'force-graph' | 'react-minimal', number>;
}

export interface BenchResults {
  meta: { date: string; chromium: string; node: string; cpus: number; loadAverage: number[]; loadAverageAtEnd?: number[]; runs: number; settleTimeoutMs: number; windowMs: number; commit: string; dirtyTree: boolean };
  weights: Weights;
  /** Dataset label (`article`, `100`, …) → page → every run's figures and their medians. */
  results: Record<string, Partial<Record<PageId, { runs: RunMetrics[]; summary: Summary }>>>;
}

const FIGURES: Figure[] = [
  'firstFrameMs',
  'settledMs',
  'animationFps',
  'animationWindowMs',
  'panZoomFps',
  'panZoomDrawnFps',
  'panZoomInputRate',
  'longTaskCount',
  'longestTaskMs',
  'longestLayoutTaskMs',
  'heapMB',
  'clickToDetailsMs',
  'clickToDetailsFrameMs',
];

export function summarise(runs: RunMetrics[]): Summary {
  const medians = Object.fromEntries(FIGURES.map((figure) => [figure, median(runs.map((run) => run[figure]))])) as Record<Figure, number | null>;
  const errors = [...new Set(runs.flatMap((run) => run.errors))];
  return {
    runs: runs.length,
    timedOutRuns: runs.filter((run) => run.settleTimedOut).length,
    missingFirstFrameRuns: runs.filter((run) => run.firstFrameMs === null).length,
    medians,
    errors,
  };
}

const DASH = '–';
const thousands = (value: number) => Math.round(value).toLocaleString('en-US');

export function formatMs(value: number | null): string {
  if (value === null) return DASH;
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${thousands(value)} ms`;
}
export const formatFps = (value: number | null) => (value === null ? DASH : value.toFixed(value < 10 ? 1 : 0));
export const formatKB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const formatRatio = (value: number | null) => (value === null ? DASH : `${value >= 10 ? value.toFixed(0) : value.toFixed(2)}×`);

/** A page that never drew within the timeout shows that, rather than a blank. */
function firstFrameCell(summary: Summary, timeoutMs: number): string {
  if (summary.missingFirstFrameRuns * 2 > summary.runs && summary.timedOutRuns * 2 > summary.runs) return `> ${formatMs(timeoutMs)}`;
  return formatMs(summary.medians.firstFrameMs);
}

function settledCell(summary: Summary, timeoutMs: number): string {
  if (summary.timedOutRuns * 2 > summary.runs) return `> ${formatMs(timeoutMs)}`;
  return `${formatMs(summary.medians.settledMs)}${summary.timedOutRuns ? ` (${summary.timedOutRuns} of ${summary.runs} > ${formatMs(timeoutMs)})` : ''}`;
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The bundled article first, then the graphs by size (a JS object lists number-like keys first). */
const inOrder = <T>(results: Record<string, T>): [string, T][] =>
  Object.entries(results).sort(([a], [b]) => (a === 'article' ? -1 : b === 'article' ? 1 : Number(a) - Number(b)));

const datasetLabel = (dataset: string) => (dataset === 'article' ? 'bundled article (29 actors)' : `${Number(dataset).toLocaleString('en-US')} actors`);

export function measurementsTable({ results, meta }: BenchResults): string {
  const rows: string[][] = [];
  for (const [dataset, pages] of inOrder(results)) {
    for (const [page, entry] of Object.entries(pages)) {
      if (!entry) continue;
      const { medians: m } = entry.summary;
      const longTasks = m.longTaskCount === null ? DASH : `${thousands(m.longTaskCount)}${m.longestTaskMs !== null ? ` / ${formatMs(m.longestTaskMs)}` : ''}`;
      rows.push([
        datasetLabel(dataset),
        PAGES[page as PageId],
        firstFrameCell(entry.summary, meta.settleTimeoutMs),
        settledCell(entry.summary, meta.settleTimeoutMs),
        m.animationFps === null ? 'no animation' : formatFps(m.animationFps),
        formatFps(m.panZoomFps),
        m.panZoomDrawnFps === null ? DASH : `${formatFps(m.panZoomDrawnFps)} / ${formatFps(m.panZoomInputRate)}`,
        longTasks,
        m.longestLayoutTaskMs === null ? DASH : m.longestLayoutTaskMs === 0 ? 'none' : formatMs(m.longestLayoutTaskMs),
        m.heapMB === null ? DASH : `${m.heapMB.toFixed(1)} MB`,
        formatMs(m.clickToDetailsMs),
      ]);
    }
  }
  return table(['graph', 'page', 'first frame', 'settled', 'fps, layout animating', 'fps, pan + zoom', 'canvas drawings / pan + zoom steps per s', 'long tasks (n / longest)', 'longest task after the first frame', 'JS heap', 'click → details'], rows);
}

const LONG_TASK_MS = 50;
const atLeastLongTask = (ms: number | null) => (ms === null ? null : Math.max(ms, LONG_TASK_MS));

/** stancemap's explorer against each reference, every ratio read so that above 1× means stancemap is better. */
export function ratiosTable({ results }: BenchResults): string {
  const rows: string[][] = [];
  for (const [dataset, pages] of inOrder(results)) {
    const ours = pages.stancemap?.summary;
    if (!ours) continue;
    for (const reference of REFERENCES) {
      const theirs = pages[reference]?.summary;
      if (!theirs) continue;
      const cost = (figure: Figure) => {
        const value = (summary: Summary) => (figure === 'settledMs' && summary.timedOutRuns * 2 > summary.runs ? null : summary.medians[figure]);
        return formatRatio(advantage(value(ours), value(theirs), 'lower'));
      };
      rows.push([
        datasetLabel(dataset),
        PAGES[reference],
        cost('firstFrameMs'),
        cost('settledMs'),
        formatRatio(advantage(ours.medians.animationFps, theirs.medians.animationFps, 'higher')),
        formatRatio(advantage(ours.medians.panZoomFps, theirs.medians.panZoomFps, 'higher')),
        cost('longestTaskMs'),
        // No long task means no task over 50 ms: compare at that bound rather than divide by zero.
        formatRatio(advantage(atLeastLongTask(ours.medians.longestLayoutTaskMs), atLeastLongTask(theirs.medians.longestLayoutTaskMs), 'lower')),
        cost('heapMB'),
      ]);
    }
  }
  return table(['graph', 'stancemap explorer against', 'first frame', 'settled', 'fps, layout animating', 'fps, pan + zoom', 'longest task', 'longest task after the first frame', 'JS heap'], rows);
}

export function weightsTable({ weights: w }: BenchResults): string {
  const own = table(
    ['stancemap', 'what', 'gzip'],
    [
      ['explorer', 'index.html and its initial JS + CSS (before any lazy import)', `${formatKB(w.stancemapInitialGzip)} (HTML with the prerendered first frame ${formatKB(w.stancemapHtmlGzip)}, JS ${formatKB(w.stancemapInitialJsGzip)}, CSS ${formatKB(w.stancemapInitialCssGzip)})`],
      ['explorer', 'all JS: lazy chunks and workers too', formatKB(w.stancemapTotalJsGzip)],
      ['embed', 'embed.html, the whole single file', formatKB(w.embedHtmlGzip)],
      ['embed host script', 'embed.js', formatKB(w.embedHostScriptGzip)],
    ],
  );
  const references = [
    ['d3 SVG', w.references['d3-svg']],
    ['force-graph', w.references['force-graph']],
    ['React + react-dom + d3-force', w.references['react-minimal']],
  ] as const;
  const against = table(
    ['reference page', 'HTML + initial JS + CSS, gzip', 'explorer’s initial (reference ÷ explorer)', 'embed.html (reference ÷ embed)'],
    references.map(([name, bytes]) => [name, formatKB(bytes), formatRatio(advantage(w.stancemapInitialGzip, bytes, 'lower')), formatRatio(advantage(w.embedHtmlGzip, bytes, 'lower'))]),
  );
  return `${own}\n\n${against}`;
}

export function formatReport(results: BenchResults): string {
  const { meta } = results;
  const problems = inOrder(results.results).flatMap(([dataset, pages]) =>
    Object.entries(pages).flatMap(([page, entry]) => (entry?.summary.errors ?? []).map((error) => `- ${datasetLabel(dataset)}, ${PAGES[page as PageId]}: ${error}`)),
  );
  return [
    `### Measurements (median of ${meta.runs} run${meta.runs === 1 ? '' : 's'})`,
    '',
    `Headless Chromium ${meta.chromium}, ${meta.cpus} cores (load average ${meta.loadAverage[0]!.toFixed(1)} at the start${meta.loadAverageAtEnd ? `, ${meta.loadAverageAtEnd[0]!.toFixed(1)} at the end` : ''}), 1280×800 at 1×, \`--disable-gpu\`; ${meta.date}, commit ${meta.commit}${meta.dirtyTree ? ' with uncommitted changes' : ''}. Times from navigation; frames per second are counted over ${meta.windowMs / 1000} s windows: while the layout animates, frames drawn (requestAnimationFrame callbacks in the page, or, for stancemap's canvas map, which may draw in a worker, the drawings it counts in \`data-painted-frames\`); while panning and zooming, the page's requestAnimationFrame callbacks for every page, and beside them stancemap's canvas drawings and the pan and zoom steps (pointer moves, wheel) the page was given per second, which a map that draws only on change cannot pass; long tasks are main-thread tasks over 50 ms until the layout settled, and the longest of those that started after the first frame (while the layout runs); heap after a forced garbage collection, main thread only.`,
    '',
    measurementsTable(results),
    '',
    '### stancemap ÷ reference',
    '',
    'Every ratio reads the same way: **above 1.0× stancemap is better, below 1.0× worse**. For times, task length and heap it is reference ÷ stancemap; for frames per second stancemap ÷ reference.',
    '',
    ratiosTable(results),
    '',
    '### Download size (gzip)',
    '',
    'Ratios as above: above 1.0× stancemap is the lighter.',
    '',
    weightsTable(results),
    ...(problems.length ? ['', '### Problems during the runs', '', ...problems] : []),
  ].join('\n');
}
