/**
 * `npm run layout -- dataset.json [--out saved.json]`: computes the map's layout and writes it
 * into the dataset as `actors[].position`, so the explorer and embeds draw their first frame
 * there without computing a layout. Without --out the file is rewritten in place.
 *
 * Exit codes: 0 written, 1 the dataset is invalid or unreadable, 2 the command line is wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { withSavedPositions } from '../src/layout/layoutDataset';
import { indexDataset } from '../src/model/indexDataset';
import { parseDatasetText } from '../src/model/parseDataset';
import { formatIssue } from '../src/model/validationIssue';

const USAGE = 'usage: npm run layout -- path/to/dataset.json [--out path/to/saved.json]';

let args;
try {
  args = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
} catch (cause) {
  console.error(`${(cause as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.positionals.length !== 1) {
  console.error(`give one dataset.\n${USAGE}`);
  process.exit(2);
}
const [file] = args.positionals as [string];
const out = args.values.out ?? file;

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (cause) {
  console.error(`${file}: cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)}).`);
  process.exit(1);
}
const result = parseDatasetText(text);
if (!result.ok) {
  for (const issue of result.errors) console.error(`${file}: ${formatIssue(issue)}`);
  process.exit(1);
}
const saved = withSavedPositions(JSON.parse(text.replace(/^\uFEFF/, '')), indexDataset(result.dataset));
writeFileSync(out, `${JSON.stringify(saved, null, 2)}\n`);
console.log(`${out}: ${saved.actors.length} actors placed.`);
