/**
 * `npm run test:mutation [-- model model/formats layout/geometry …] [-- --summary]`: Stryker over each part
 * of src/ the Node tests reach (stryker.config.mjs), one after another (all by default), then the
 * score per folder from every part's last report. `--summary` only prints the scores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import picomatch from 'picomatch';
import { MUTATION_PARTS, reportFolder } from './stryker.config.mjs';
import { formatScores, ownFiles, type MutationReport } from './scores';

const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const named = args.filter((arg) => arg !== '--summary');
const PARTS = Object.keys(MUTATION_PARTS);
const unknown = named.filter((arg) => !PARTS.includes(arg));
if (unknown.length > 0) {
  process.stderr.write(`test:mutation: “${unknown.join('”, “')}” is not a part it mutates; choose from ${PARTS.join(', ')}, or --summary.\n`);
  process.exit(2);
}

const failed: string[] = [];
if (!summaryOnly) {
  for (const part of named.length > 0 ? named : PARTS) {
    process.stdout.write(`\n== Mutation testing ${part}: ${MUTATION_PARTS[part]!.join(' ')} ==\n`);
    const run = spawnSync('npx', ['stryker', 'run', 'scripts/mutation/stryker.config.mjs'], { stdio: 'inherit', env: { ...process.env, STANCEMAP_MUTATION_PART: part } });
    if (run.status !== 0) failed.push(part);
  }
}

/** Whether a part mutates a file: one of its patterns matches it, and none of its `!` patterns. */
const mutatedBy = (part: string) => {
  const patterns = MUTATION_PARTS[part]!;
  const included = picomatch(patterns.filter((pattern) => !pattern.startsWith('!')));
  const excluded = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  const isExcluded = excluded.length > 0 ? picomatch(excluded) : () => false;
  return (file: string) => included(file) && !isExcluded(file);
};
const reportOf = (part: string): MutationReport | null => {
  const file = `${reportFolder(part)}/mutation.json`;
  return existsSync(file) ? ownFiles(JSON.parse(readFileSync(file, 'utf8')) as MutationReport, mutatedBy(part)) : null;
};
process.stdout.write(`\n## Mutation score per folder (each part's report: reports/mutation/<part>/index.html)\n\n${formatScores(new Map(PARTS.map((part) => [part, reportOf(part)])))}\n`);
if (failed.length > 0) {
  process.stderr.write(`\nStryker did not finish for ${failed.join(', ')}.\n`);
  process.exit(1);
}
