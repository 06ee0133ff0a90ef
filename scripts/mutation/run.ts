/**
 * `npm run test:mutation [-- model layout …] [-- --summary]`: Stryker over each folder of src/ the
 * Node tests reach, one after another (all five by default), then the score per folder from every
 * folder's last report. `--summary` only prints the scores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { MUTATION_PARTS } from './stryker.config.mjs';
import { formatScores, type MutationReport } from './scores';

const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const named = args.filter((arg) => arg !== '--summary');
const unknown = named.filter((arg) => !MUTATION_PARTS.includes(arg));
if (unknown.length > 0) {
  process.stderr.write(`test:mutation: “${unknown.join('”, “')}” is not a folder it mutates; choose from ${MUTATION_PARTS.join(', ')}, or --summary.\n`);
  process.exit(2);
}

const failed: string[] = [];
if (!summaryOnly) {
  for (const part of named.length > 0 ? named : MUTATION_PARTS) {
    process.stdout.write(`\n== Mutation testing src/${part} ==\n`);
    const run = spawnSync('npx', ['stryker', 'run', 'scripts/mutation/stryker.config.mjs'], { stdio: 'inherit', env: { ...process.env, STANCEMAP_MUTATION_PART: part } });
    if (run.status !== 0) failed.push(part);
  }
}

const reportOf = (part: string): MutationReport | null => {
  const file = `reports/mutation/${part}/mutation.json`;
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as MutationReport) : null;
};
process.stdout.write(`\n## Mutation score per folder (reports/mutation/<folder>/index.html)\n\n${formatScores(new Map(MUTATION_PARTS.map((part) => [part, reportOf(part)])))}\n`);
if (failed.length > 0) {
  process.stderr.write(`\nStryker did not finish for ${failed.map((part) => `src/${part}`).join(', ')}.\n`);
  process.exit(1);
}
