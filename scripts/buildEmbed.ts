/**
 * `npm run build:embed -- dataset.json --out folder/`: writes folder/<dataset id>.html, an embed
 * page with the dataset inside (the same page the Embed dialog downloads: selfContainedPage), and
 * folder/embed.js, the script host pages include to keep the iframe's height right. The page
 * fetches nothing and works from any static host, in a sandboxed iframe too.
 *
 * The dataset is validated first, and must credit its article (publishProblems); its layout is
 * computed and saved into it, so the embed's first frame is the settled map. The page is built
 * from dist/embed.html and dist/embed.js (`npm run build`), or from the embed.html given with --page.
 *
 * Exit codes: 0 written, 1 the dataset is invalid, unpublishable or unreadable, or there is no
 * built page, 2 the command line is wrong.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { selfContainedPage } from '../src/embed/selfContainedPage';
import { withSavedPositions } from '../src/layout/layoutDataset';
import { indexDataset } from '../src/model/indexDataset';
import { parseDatasetText } from '../src/model/parseDataset';
import { publishProblems } from '../src/model/publishReadiness';
import { formatIssue } from '../src/model/validationIssue';

const USAGE = 'usage: npm run build:embed -- path/to/dataset.json --out folder/ [--page dist/embed.html]';

function usage(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args;
try {
  args = parseArgs({ options: { out: { type: 'string' }, page: { type: 'string' } }, allowPositionals: true });
} catch (cause) {
  usage((cause as Error).message);
}
if (args.positionals.length !== 1) usage('give one dataset.');
const { out, page = 'dist/embed.html' } = args.values;
if (!out) usage('say where to write the page with --out folder/.');
const [file] = args.positionals as [string];

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (cause) {
  fail(`${file}: cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)}).`);
}
const result = parseDatasetText(text);
for (const warning of result.warnings) console.warn(`${file}: warning: ${formatIssue(warning)}`);
if (!result.ok) {
  for (const issue of result.errors) console.error(`${file}: ${formatIssue(issue)}`);
  process.exit(1);
}
const problems = publishProblems(result.dataset);
const unpublishable = problems.filter((problem) => problem.severity === 'error');
if (unpublishable.length > 0) {
  for (const issue of unpublishable) console.error(`${file}: ${formatIssue(issue)}`);
  fail(`${file}: not published: the embed page credits the article, links to it and states the rights.`);
}

if (!existsSync(page)) fail(`${page} is missing: run npm run build first, or give a built embed.html with --page.`);
const hostScript = join(dirname(page), 'embed.js');
if (!existsSync(hostScript)) fail(`${hostScript} is missing: run npm run build first; it is built with embed.html.`);

const saved = withSavedPositions(JSON.parse(text.replace(/^\uFEFF/, '')), indexDataset(result.dataset));
let html: string;
try {
  html = selfContainedPage(readFileSync(page, 'utf8'), saved);
} catch (cause) {
  fail(`${page}: ${(cause as Error).message}`);
}
mkdirSync(out, { recursive: true });
const pageOut = join(out, `${result.dataset.id}.html`);
writeFileSync(pageOut, html);
copyFileSync(hostScript, join(out, 'embed.js'));
console.log(`${pageOut}: “${result.dataset.title}”, ${result.dataset.actors.length} actors and ${result.dataset.relations.length} relations inside; ${join(out, 'embed.js')} beside it.`);
