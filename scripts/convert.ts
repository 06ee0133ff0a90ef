/**
 * `npm run convert -- input --to json|csv|gexf|graphml|ftm [--out path]`
 *
 * input: a dataset .json, or the spreadsheet form `actors.csv relations.csv article.txt`
 * (with `--meta article.json`, or the article.json beside the text). The input is validated first;
 * an invalid one is reported as `npm run validate` reports it and nothing is written.
 * Output: one file for json, gexf, graphml and ftm (to --out, or to standard output); for csv,
 * actors.csv, relations.csv, article.txt and article.json in the folder --out (required).
 *
 * Exit codes: 0 written, 1 invalid or unreadable input, 2 the command line is wrong.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS } from '../src/model/formats/exportFormats';
import { exportCsvFiles } from '../src/model/formats/exportCsv';
import { formatImportIssue, type ImportIssue } from '../src/model/formats/importIssue';
import { importCsvFiles, type NamedText } from '../src/model/formats/importCsvFiles';
import { parseDatasetText, type ParseResult } from '../src/model/parseDataset';
import { formatIssue } from '../src/model/validationIssue';

const FORMATS = ['csv', ...EXPORT_FORMATS.map((format) => format.id)];
const USAGE = [
  `usage: npm run convert -- dataset.json --to ${FORMATS.join('|')} [--out path]`,
  `       npm run convert -- actors.csv relations.csv article.txt [--meta article.json] --to ${FORMATS.join('|')} [--out path]`,
  '       --out is a file (standard output without it), or for csv a folder (required).',
].join('\n');

function usage(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      options: { to: { type: 'string' }, out: { type: 'string' }, meta: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (cause) {
    return usage((cause as Error).message);
  }
}

const { values, positionals } = readArgs();
const to = values.to;
if (to === undefined) usage('say which format to write with --to.');
if (!FORMATS.includes(to)) usage(`--to ${to} is not a format this converts to.`);
if (to === 'csv' && values.out === undefined) usage('--to csv writes four files: name their folder with --out.');
if (positionals.length === 0) usage('no input.');

const extensions = positionals.map((file) => extname(file).toLowerCase());
const isJson = positionals.length === 1 && extensions[0] === '.json';
const isCsv = positionals.length === 3 && extensions.filter((ext) => ext === '.csv').length === 2 && extensions.includes('.txt');
if (!isJson && !isCsv) usage('the input is one dataset .json, or two .csv files and one .txt.');
if (isJson && values.meta !== undefined) usage('--meta goes with the spreadsheet form: actors.csv relations.csv article.txt.');

function read(file: string): NamedText {
  try {
    return { name: file, text: readFileSync(file, 'utf8') };
  } catch (cause) {
    console.error(`${file}: cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)}).`);
    process.exit(1);
  }
}

let result: ParseResult;
let label: string;
if (isJson) {
  label = positionals[0]!;
  result = parseDatasetText(read(label).text);
} else {
  const csv = positionals.filter((_, index) => extensions[index] === '.csv').map(read) as [NamedText, NamedText];
  const textFile = positionals[extensions.indexOf('.txt')]!;
  const beside = textFile.replace(/\.txt$/i, '.json');
  const metaFile = values.meta ?? (existsSync(beside) ? beside : undefined);
  label = positionals.join(' + ');
  result = importCsvFiles({ csv, article: read(textFile), ...(metaFile !== undefined ? { meta: read(metaFile) } : {}) });
}

const show = (found: ImportIssue) => (found.location ? formatImportIssue(found) : `${label}: ${formatIssue(found)}`);
for (const found of result.ok ? [] : result.errors) console.error(`error: ${show(found)}`);
for (const found of result.warnings) console.error(`warning: ${show(found)}`);
if (!result.ok) {
  console.error(`${label}: invalid — ${result.errors.length} errors, ${result.warnings.length} warnings; nothing written.`);
  process.exit(1);
}

const dataset = result.dataset;
if (to === 'csv') {
  const folder = values.out!;
  mkdirSync(folder, { recursive: true });
  for (const file of exportCsvFiles(dataset)) {
    writeFileSync(join(folder, file.name), file.text);
    console.log(`wrote ${join(folder, file.name)}`);
  }
} else {
  const format = EXPORT_FORMATS.find((candidate) => candidate.id === to)!;
  const text = format.write(dataset);
  if (values.out === undefined) process.stdout.write(text);
  else {
    writeFileSync(values.out, text);
    console.log(`wrote ${values.out}`);
  }
}
