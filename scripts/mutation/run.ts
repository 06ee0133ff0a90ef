/**
 * `npm run test:mutation [-- model model/formats layout/geometry …] [-- --summary]`: Stryker over each part
 * of src/ the Node tests reach (stryker.config.mjs), one after another (all by default), then the
 * score per folder from every part's last finished run. Each finished part's counts per file go
 * into docs/mutation-scores.json, which is committed: the reports stay on the machine that ran
 * them, and a fresh clone can still print the scores. `--summary` only prints them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import picomatch from 'picomatch';
import { MUTATION_PARTS, reportFolder } from './stryker.config.mjs';
import { countsByFile, formatRecords, formatScores, ownFiles, type MutationReport, type PartRecord } from './scores';

const RECORD = 'docs/mutation-scores.json';

const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const named = args.filter((arg) => arg !== '--summary');
const PARTS = Object.keys(MUTATION_PARTS);
const unknown = named.filter((arg) => !PARTS.includes(arg));
if (unknown.length > 0) {
  process.stderr.write(`test:mutation: “${unknown.join('”, “')}” is not a part it mutates; choose from ${PARTS.join(', ')}, or --summary.\n`);
  process.exit(2);
}

const readRecords = (): Record<string, PartRecord> => (existsSync(RECORD) ? (JSON.parse(readFileSync(RECORD, 'utf8')) as { parts: Record<string, PartRecord> }).parts : {});
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
/** The commit a run measured, said to differ from it when src/ or tests/ had uncommitted changes; “unknown” outside a git checkout. */
function measuredCommit(): string {
  try {
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src', 'tests') ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'unknown';
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

const failed: string[] = [];
if (!summaryOnly) {
  for (const part of named.length > 0 ? named : PARTS) {
    process.stdout.write(`\n== Mutation testing ${part}: ${MUTATION_PARTS[part]!.join(' ')} ==\n`);
    const commit = measuredCommit();
    const run = spawnSync('npx', ['stryker', 'run', 'scripts/mutation/stryker.config.mjs'], { stdio: 'inherit', env: { ...process.env, STANCEMAP_MUTATION_PART: part } });
    const report = run.status === 0 ? reportOf(part) : null;
    if (!report) {
      failed.push(part);
      continue;
    }
    // Parts in stryker.config.mjs's order, so the file changes only where a part was rerun.
    const records: Record<string, PartRecord> = { ...readRecords(), [part]: { measured: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`, commit, files: countsByFile(report) } };
    const parts = Object.fromEntries(PARTS.flatMap((name) => (records[name] ? [[name, records[name]] as const] : [])));
    writeFileSync(RECORD, formatRecords(parts));
  }
}

const records = readRecords();
process.stdout.write(
  `\n## Mutation score per folder (from ${RECORD}; each part's report on the machine that ran it: reports/mutation/<part>/index.html)\n\n${formatScores(new Map(PARTS.map((part) => [part, records[part] ?? null])))}\n`,
);
if (failed.length > 0) {
  process.stderr.write(`\nStryker did not finish for ${failed.join(', ')}.\n`);
  process.exit(1);
}
