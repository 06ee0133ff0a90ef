/**
 * Mutation scores per folder from Stryker's JSON reports (the mutation-testing-elements schema),
 * as StrykerJS counts them: mutants detected (killed, or timed out) over mutants that ran or had
 * no test (detected, survived, no coverage). Ignored mutants and those that did not compile or
 * run are left out of both. Pure: run.ts reads the files.
 */

export interface MutationReport {
  files: Record<string, { mutants: { status: string }[] }>;
}

export interface Counts {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  /** Ignored, did not compile, or failed to run: in no score. */
  other: number;
}

/**
 * A part's report with only the files the part mutates. Stryker keeps in a report (and its
 * incremental file) the results of files an earlier run of the part mutated and this one does not,
 * such as src/model's dataset checks from before they became a part of their own: they would
 * count twice, and with old results.
 */
export function ownFiles(report: MutationReport, mutates: (file: string) => boolean): MutationReport {
  return { files: Object.fromEntries(Object.entries(report.files).filter(([file]) => mutates(file.replace(/\\/g, '/')))) };
}

const empty = (): Counts => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 });

export function add(into: Counts, counts: Counts): Counts {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += counts[key];
  return into;
}

/** Percent detected, or null when no mutant could be scored. */
export function score({ killed, timeout, survived, noCoverage }: Counts): number | null {
  const scored = killed + timeout + survived + noCoverage;
  return scored === 0 ? null : (100 * (killed + timeout)) / scored;
}

/** Counts per folder of each file (`src/model/formats/csv.ts` counts in `src/model/formats`). */
export function countsByFolder(report: MutationReport): Map<string, Counts> {
  const folders = new Map<string, Counts>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const folder = file.replace(/\\/g, '/').split('/').slice(0, -1).join('/');
    const counts = folders.get(folder) ?? empty();
    for (const { status } of mutants) {
      if (status === 'Killed') counts.killed++;
      else if (status === 'Timeout') counts.timeout++;
      else if (status === 'Survived') counts.survived++;
      else if (status === 'NoCoverage') counts.noCoverage++;
      else counts.other++;
    }
    folders.set(folder, counts);
  }
  return folders;
}

/** A folder's counts with everything under it. */
export function countsUnder(folders: ReadonlyMap<string, Counts>, root: string): Counts {
  const total = empty();
  for (const [folder, counts] of folders) if (folder === root || folder.startsWith(`${root}/`)) add(total, counts);
  return total;
}

const percent = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)} %`);

/**
 * The table run.ts prints: each folder of src/ with the folders under it, from every part's
 * report (a part is one Stryker run: src/model is three), then the whole set, or which parts have
 * no report yet (a folder missing one is marked incomplete, and the whole set waits for all).
 */
export function formatScores(reports: ReadonlyMap<string, MutationReport | null>): string {
  const lines = ['| folder | score | killed | timed out | survived | no test | left out |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  const row = (name: string, counts: Counts) =>
    `| ${name} | ${percent(score(counts))} | ${counts.killed} | ${counts.timeout} | ${counts.survived} | ${counts.noCoverage} | ${counts.other} |`;
  const parts = [...reports.keys()];
  const missing = parts.filter((part) => !reports.get(part));
  const folders = countsByFolder({ files: Object.assign({}, ...[...reports.values()].map((report) => report?.files ?? {})) });
  const tops = [...new Set(parts.map((part) => part.split('/')[0]!))];
  const whole = empty();
  for (const top of tops) {
    const root = `src/${top}`;
    const incomplete = missing.some((part) => part === top || part.startsWith(`${top}/`));
    if (![...folders.keys()].some((folder) => folder === root || folder.startsWith(`${root}/`))) continue;
    const topCounts = countsUnder(folders, root);
    add(whole, topCounts);
    lines.push(row(`**${root}**${incomplete ? ' (incomplete)' : ''}`, topCounts));
    const below = [...new Set([...folders.keys()].filter((folder) => folder.startsWith(`${root}/`)).map((folder) => folder.split('/').slice(0, 3).join('/')))].sort();
    for (const folder of below) lines.push(row(`  ${folder}`, countsUnder(folders, folder)));
  }
  if (missing.length === 0) lines.push(row('**all folders**', whole));
  else lines.push('', `No report yet for ${missing.join(', ')}: the score over the whole set waits for them (npm run test:mutation -- ${missing.join(' ')}).`);
  return lines.join('\n');
}
