/**
 * `npm run validate -- file.json [more.json …]`: prints every error and warning with its JSON
 * path, and exits non-zero when any file has an error.
 *
 * `npm run validate -- actors.csv relations.csv article.txt [--meta article.json]`: checks the
 * spreadsheet form (see README, "Spreadsheets and other formats"); each problem names its file,
 * row and column. Without --meta, the article.json beside the text is read when there is one.
 *
 * Exit codes: 0 all valid, 1 a file is invalid or unreadable, 2 the command line is wrong.
 */
import { uncoveredSentences } from '../src/model/drafting/coverage';
import { articleParts } from '../src/model/locateQuote';
import { plural } from '../src/model/plural';
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { formatLocation, type ImportIssue } from '../src/model/formats/importIssue';
import type { NamedText } from '../src/model/formats/importCsvFiles';
import { parseDatasetText, type ParseResult } from '../src/model/parseDataset';
import { formatIssue } from '../src/model/validationIssue';

const USAGE = [
  'usage: npm run validate -- path/to/dataset.json [more.json …]',
  '       npm run validate -- actors.csv relations.csv article.txt [--meta article.json]',
].join('\n');

function usage(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({ options: { meta: { type: 'string' } }, allowPositionals: true });
  } catch (cause) {
    return usage((cause as Error).message);
  }
}
const args = readArgs();
const files = args.positionals;
if (files.length === 0) usage('no file to check.');

const csvFiles = files.filter((file) => extname(file).toLowerCase() === '.csv');
const textFiles = files.filter((file) => extname(file).toLowerCase() === '.txt');
const others = files.filter((file) => !csvFiles.includes(file) && !textFiles.includes(file));
let metaFile = args.values.meta;
if (csvFiles.length + textFiles.length > 0) {
  if (csvFiles.length !== 2 || textFiles.length !== 1) usage(`the spreadsheet form is two .csv files and one .txt; got ${csvFiles.length} and ${textFiles.length}.`);
  const beside = textFiles[0]!.replace(/\.txt$/i, '.json');
  metaFile ??= existsSync(beside) ? beside : undefined;
} else if (metaFile !== undefined) usage('--meta goes with the spreadsheet form: actors.csv relations.csv article.txt.');
const datasets = others.filter((file) => file !== metaFile);

let failed = false;

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    console.error(`${file}: cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)}).`);
    failed = true;
    return undefined;
  }
}

/** `file: error: where: message`, the file first, as for JSON datasets. */
function printIssue(label: string, found: ImportIssue) {
  const where = found.location ? formatLocation(found.location, { withFile: false }) : '';
  const file = found.location?.file ?? label;
  const text = found.location ? `${where ? `${where}: ` : ''}${found.message}` : formatIssue(found);
  console.log(`${file}: ${found.severity}: ${text}`);
}

function report(label: string, result: ParseResult) {
  const errors = result.ok ? [] : result.errors;
  for (const found of errors) printIssue(label, found);
  for (const found of result.warnings) printIssue(label, found);
  if (result.ok) {
    const { actors, relations } = result.dataset;
    console.log(`${label}: valid — ${plural(actors.length, 'actor')}, ${plural(relations.length, 'relation')}, ${plural(result.warnings.length, 'warning')}.`);
    // Not a warning: what the map may leave out, for its author to check.
    const uncovered = uncoveredSentences(articleParts(result.dataset.article), actors, relations).length;
    if (uncovered > 0) console.log(`${label}: note: ${plural(uncovered, 'sentence')} ${uncovered === 1 ? 'names' : 'name'} two actors and ${uncovered === 1 ? 'carries' : 'carry'} no relation.`);
  } else {
    console.log(`${label}: invalid — ${plural(errors.length, 'error')}, ${plural(result.warnings.length, 'warning')}.`);
    failed = true;
  }
}

for (const file of datasets) {
  const text = read(file);
  if (text !== undefined) report(file, parseDatasetText(text));
}

if (csvFiles.length === 2) {
  const named = (file: string | undefined): NamedText | undefined => {
    if (file === undefined) return undefined;
    const text = read(file);
    return text === undefined ? undefined : { name: file, text };
  };
  const [first, second, article] = [named(csvFiles[0]), named(csvFiles[1]), named(textFiles[0])];
  const meta = named(metaFile);
  if (first && second && article && (metaFile === undefined || meta)) {
    // Loaded only for spreadsheets: the CSV reader is a fifth of the command's start-up for a JSON file.
    const { importCsvFiles } = await import('../src/model/formats/importCsvFiles');
    report([...csvFiles, ...textFiles].join(' + '), importCsvFiles({ csv: [first, second], article, ...(meta ? { meta } : {}) }));
  }
}
process.exit(failed ? 1 : 0);
