/**
 * `npm run bench`: builds stancemap and the reference pages, generates the graphs, opens every
 * page on every graph in headless Chromium (runs interleaved, so drift hits all pages alike),
 * prints Markdown tables of the medians and writes every figure to bench/results/latest.json.
 * A script, not a test: nothing here passes or fails on a time.
 *
 * Everything it builds and serves lives in node_modules/.cache/stancemap-bench, so it neither
 * empties nor is emptied by the app's own builds into dist/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { parseBenchArgs, USAGE, type BenchOptions } from './benchOptions';
import { gzipSize, pageWeight, totalJsGzip } from './bundleSizes';
import { generateGraph } from './generateGraph';
import { CHROMIUM_PATH } from '../chromium';
import { measurePage, type BenchTarget, type RunMetrics } from './measurePage';
import { formatReport, PAGES, summarise, type BenchResults, type PageId, type Weights } from './report';
import { formatOpening, measureOpening, type OpeningFigures } from './measureOpening';
import { startStaticServer } from './staticServer';

const WORK = 'node_modules/.cache/stancemap-bench';
const ARTICLE = 'data/russia-poach-rebels-2016.json';
const log = (message: string) => process.stderr.write(`${message}\n`);

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) {
    log(result.stdout + result.stderr);
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
}

/** The app's own build steps (package.json "build"), each sent to the bench's folder instead of dist/. */
function buildApp(outDir: string) {
  const steps = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.build!.split('&&').map((step) => step.trim());
  for (const step of steps) {
    const [tool, verb, ...args] = step.split(/\s+/);
    if (tool !== 'vite' || verb !== 'build') throw new Error(`the bench only knows how to redirect "vite build" steps, not “${step}”`);
    // The offline one-file explorer is not measured, and it writes a folder of its own.
    if (args.join(' ') === '--mode standalone') continue;
    run('npx', ['vite', 'build', ...args, '--outDir', outDir, '--logLevel', 'warn']);
  }
}

function weights(): Weights {
  const app = join(WORK, 'app');
  const stancemap = pageWeight(join(app, 'index.html'));
  const reference = (name: string) => pageWeight(join(WORK, 'reference', `${name}.html`)).initialGzip;
  return {
    stancemapInitialGzip: stancemap.initialGzip,
    stancemapInitialJsGzip: stancemap.initialJsGzip,
    stancemapInitialCssGzip: stancemap.initialCssGzip,
    stancemapHtmlGzip: stancemap.htmlGzip,
    stancemapTotalJsGzip: totalJsGzip(join(app, 'assets')),
    embedHtmlGzip: gzipSize(readFileSync(join(app, 'embed.html'))),
    embedHostScriptGzip: gzipSize(readFileSync(join(app, 'embed.js'))),
    references: { 'd3-svg': reference('d3-svg'), 'force-graph': reference('force-graph'), 'react-minimal': reference('react-minimal') },
  };
}

/** Writes the datasets the pages open, and returns each one's actor names (how the click test knows an actor). */
function writeDatasets(options: BenchOptions): Map<string, Set<string>> {
  mkdirSync(join(WORK, 'data'), { recursive: true });
  const names = new Map<string, Set<string>>();
  if (options.article) {
    copyFileSync(ARTICLE, join(WORK, 'data', 'article.json'));
    const article = JSON.parse(readFileSync(ARTICLE, 'utf8')) as { actors: { name: string }[] };
    names.set('article', new Set(article.actors.map((actor) => actor.name)));
  }
  for (const size of options.sizes) {
    const dataset = generateGraph({ actors: size });
    writeFileSync(join(WORK, 'data', `graph-${size}.json`), JSON.stringify(dataset));
    names.set(String(size), new Set(dataset.actors.map((actor) => actor.name)));
  }
  return names;
}

/** Where each page opens a dataset. stancemap opens the bundled article without `?data=`, as readers do. */
function targetUrl(base: string, page: PageId, dataset: string): string {
  const data = `../data/${dataset === 'article' ? 'article' : `graph-${dataset}`}.json`;
  switch (page) {
    case 'stancemap':
      return `${base}app/index.html${dataset === 'article' ? '' : `?data=${data}`}`;
    case 'stancemap-embed':
      return `${base}app/embed.html${dataset === 'article' ? '' : `?data=${data}`}`;
    default:
      return `${base}reference/${page}.html?data=${data}`;
  }
}

function gitState(): { commit: string; dirtyTree: boolean } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirtyTree = execFileSync('git', ['status', '--porcelain', '--', 'src', 'index.html', 'embed.html', 'vite.config.ts'], { encoding: 'utf8' }).trim() !== '';
    return { commit, dirtyTree };
  } catch {
    return { commit: 'unknown', dirtyTree: false };
  }
}

function describeRun(metrics: RunMetrics): string {
  const ms = (value: number | null) => (value === null ? '–' : `${Math.round(value)}ms`);
  return [
    `first ${ms(metrics.firstFrameMs)}`,
    `settled ${metrics.settleTimedOut ? 'timed out' : ms(metrics.settledMs)}`,
    `anim ${metrics.animationFps?.toFixed(0) ?? '–'}fps`,
    `pan ${metrics.panZoomFps?.toFixed(0) ?? '–'}fps${metrics.panZoomDrawnFps !== null ? ` (drawn ${metrics.panZoomDrawnFps.toFixed(0)}/s of ${metrics.panZoomInputRate?.toFixed(0) ?? '–'} steps/s)` : ''}`,
    `long ${metrics.longTaskCount ?? '–'}/${ms(metrics.longestTaskMs)} (after first frame ${ms(metrics.longestLayoutTaskMs)})`,
    `heap ${metrics.heapMB?.toFixed(1) ?? '–'}MB`,
    ...(metrics.clickToDetailsMs !== null ? [`click ${ms(metrics.clickToDetailsMs)}`] : []),
    ...(metrics.errors.length ? [`(${metrics.errors.join('; ')})`] : []),
  ].join(' ');
}

async function main() {
  const parsed = parseBenchArgs(process.argv.slice(2));
  if ('error' in parsed) {
    log(`bench: ${parsed.error}\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.help) {
    log(USAGE);
    return;
  }
  const options = parsed;
  if (options.build) {
    log('Building stancemap (the steps of npm run build) and the reference pages…');
    buildApp(join(WORK, 'app'));
    run('npx', ['vite', 'build', '--config', 'bench/vite.config.ts', '--outDir', join(process.cwd(), WORK, 'reference'), '--emptyOutDir']);
  }
  const actorNames = writeDatasets(options);
  const pages = Object.keys(PAGES) as PageId[];
  const datasets = [...actorNames.keys()];
  const results: BenchResults = {
    meta: {
      date: new Date().toISOString(),
      chromium: execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/^Chromium\s+/, '').split(' ')[0]!,
      node: process.version,
      cpus: cpus().length,
      loadAverage: loadavg(),
      runs: options.runs,
      settleTimeoutMs: options.settleTimeoutMs,
      windowMs: options.windowMs,
      ...gitState(),
    },
    weights: weights(),
    results: {},
  };

  const server = await startStaticServer(join(process.cwd(), WORK));
  let opening: OpeningFigures[] = [];
  try {
    for (const dataset of datasets) {
      const runs = new Map<PageId, RunMetrics[]>(pages.map((page) => [page, []]));
      for (let round = 0; round < options.runs; round++) {
        // A different page goes first in each round, so warming up and drift fall on all of them.
        const order = pages.map((_, i) => pages[(i + round) % pages.length]!);
        for (const page of order) {
          const target: BenchTarget = { kind: page.startsWith('stancemap') ? 'stancemap' : 'reference', url: targetUrl(server.url, page, dataset), actorNames: actorNames.get(dataset)! };
          const metrics = await measurePage(target, options);
          runs.get(page)!.push(metrics);
          log(`${dataset.padStart(7)} run ${round + 1}/${options.runs} ${page.padEnd(16)} ${describeRun(metrics)}`);
        }
      }
      results.results[dataset] = Object.fromEntries([...runs].map(([page, list]) => [page, { runs: list, summary: summarise(list) }]));
    }
    if (options.textSizes.length > 0) opening = await measureOpening(join(WORK, 'data'), server.url, options.textSizes, options.runs, log);
  } finally {
    await server.close();
  }

  results.meta.loadAverageAtEnd = loadavg();
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify({ ...results, opening }, null, 2)}\n`);
  process.stdout.write(`${formatReport(results)}\n\n${opening.length ? `${formatOpening(opening)}\n\n` : ''}All figures: ${options.out}\n`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
