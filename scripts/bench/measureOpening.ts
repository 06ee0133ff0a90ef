/**
 * Opening a large dataset with its article (issue: linear-time anchoring): a generated graph with
 * one sentence of text per actor and per relation, every quote verbatim. For each size, the time
 * `npm run validate` takes on it (Node, the whole command), and in the explorer by `?data=` the
 * time from navigation to the map's first drawing and the JS heap then. Medians of `runs`.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateGraph } from './generateGraph';
import { CHROMIUM_PATH } from '../chromium';
import { BENCH_CHROMIUM_FLAGS } from './measurePage';
import { launchSettledBrowser } from './settledBrowser';
import { median } from './stats';

export interface OpeningFigures {
  actors: number;
  relations: number;
  megabytes: number;
  validateMs: number;
  firstDrawingMs: number | null;
  heapMB: number | null;
}

/** Writes the dataset for `actors` into `folder` as text-<actors>.json; returns its size and counts. */
export function writeTextDataset(folder: string, actors: number): { file: string; relations: number; megabytes: number } {
  const dataset = generateGraph({ actors, text: 'per-item' });
  const text = JSON.stringify(dataset);
  const file = join(folder, `text-${actors}.json`);
  writeFileSync(file, text);
  return { file, relations: dataset.relations.length, megabytes: Buffer.byteLength(text) / 1024 / 1024 };
}

function validateMs(file: string): number {
  const started = performance.now();
  const result = spawnSync('npm', ['run', '-s', 'validate', '--', file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run validate failed on ${file}: ${result.stdout}${result.stderr}`);
  return performance.now() - started;
}

/** Navigation to the first drawing (SVG mark or canvas painting), and the heap after a collection. */
async function openInExplorer(url: string): Promise<{ firstDrawingMs: number | null; heapMB: number | null }> {
  const browser = await launchSettledBrowser({ executablePath: CHROMIUM_PATH, headless: true, args: BENCH_CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    const firstDrawingMs = await page
      .waitForFunction(
        () => {
          const marked = performance.getEntriesByName('stancemap:first-frame')[0];
          if (marked) return marked.startTime;
          return document.querySelector('canvas')?.dataset.paintedFrames ? performance.now() : null;
        },
        null,
        { timeout: 120_000, polling: 16 },
      )
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => null);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
    return { firstDrawingMs, heapMB: used ? used.value / 1024 / 1024 : null };
  } finally {
    await browser.close();
  }
}

export async function measureOpening(folder: string, serverUrl: string, sizes: readonly number[], runs: number, log: (line: string) => void): Promise<OpeningFigures[]> {
  const figures: OpeningFigures[] = [];
  for (const actors of sizes) {
    const { file, relations, megabytes } = writeTextDataset(folder, actors);
    const validations: number[] = [];
    const drawings: number[] = [];
    const heaps: number[] = [];
    for (let run = 0; run < runs; run++) {
      validations.push(validateMs(file));
      const opened = await openInExplorer(`${serverUrl}app/index.html?data=../data/text-${actors}.json`);
      if (opened.firstDrawingMs !== null) drawings.push(opened.firstDrawingMs);
      if (opened.heapMB !== null) heaps.push(opened.heapMB);
      log(`text-${actors} run ${run + 1}/${runs} validate ${Math.round(validations.at(-1)!)}ms first drawing ${opened.firstDrawingMs === null ? 'timed out' : `${Math.round(opened.firstDrawingMs)}ms`} heap ${opened.heapMB?.toFixed(1) ?? '–'}MB`);
    }
    figures.push({ actors, relations, megabytes, validateMs: median(validations)!, firstDrawingMs: median(drawings), heapMB: median(heaps) });
  }
  return figures;
}

/** A Markdown table of the figures, and how validation grows from the smallest size to the largest. */
export function formatOpening(figures: readonly OpeningFigures[]): string {
  const seconds = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`);
  const lines = [
    '### Opening a dataset with its article (one sentence per actor and per relation)',
    '',
    '| dataset | size | `npm run validate` | explorer by `?data=`: first drawing | JS heap |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...figures.map((row) => `| ${row.actors.toLocaleString('en')} actors, ${row.relations.toLocaleString('en')} relations | ${row.megabytes.toFixed(1)} MB | ${seconds(row.validateMs)} | ${seconds(row.firstDrawingMs)} | ${row.heapMB?.toFixed(1) ?? '–'} MB |`),
  ];
  const [first, last] = [figures[0], figures.at(-1)];
  if (first && last && last !== first) {
    const dataRatio = last.actors / first.actors;
    lines.push('', `From ${first.actors.toLocaleString('en')} to ${last.actors.toLocaleString('en')} actors (${dataRatio.toFixed(1)}× the data), validation takes ${(last.validateMs / first.validateMs).toFixed(1)}× as long.`);
  }
  return lines.join('\n');
}
