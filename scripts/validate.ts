/**
 * `npm run validate -- file.json [more.json …]`: prints every error and warning with its JSON
 * path, and exits non-zero when any file has an error.
 */
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../src/model/parseDataset';
import { formatIssue } from '../src/model/validationIssue';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- path/to/dataset.json [more.json …]');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    console.error(`${file}: cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)}).`);
    failed = true;
    continue;
  }
  const result = parseDatasetText(text);
  const errors = result.ok ? [] : result.errors;
  for (const found of errors) console.log(`${file}: error: ${formatIssue(found)}`);
  for (const found of result.warnings) console.log(`${file}: warning: ${formatIssue(found)}`);
  if (result.ok) {
    const { actors, relations } = result.dataset;
    console.log(`${file}: valid — ${actors.length} actors, ${relations.length} relations, ${result.warnings.length} warnings.`);
  } else {
    console.log(`${file}: invalid — ${errors.length} errors, ${result.warnings.length} warnings.`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
