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

/**
 * One part's last finished run as kept in the repository (docs/mutation-scores.json): the counts
 * per file, or per folder where only a closing note's totals survived, and when and on which
 * commit it was measured. Reports and incremental files stay on the machine that ran them; this
 * is what a fresh clone can still print.
 */
export interface PartRecord {
  measured: string;
  commit: string;
  /** Counts per mutated file, from the part's report. */
  files?: Record<string, Counts>;
  /** Counts per folder, where only a run's totals were kept (`source` says where from). */
  folders?: Record<string, Counts>;
  source?: string;
}

/** A report's counts per file (statuses as StrykerJS names them). */
export function countsByFile(report: MutationReport): Record<string, Counts> {
  const files: Record<string, Counts> = {};
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const counts = empty();
    for (const { status } of mutants) {
      if (status === 'Killed') counts.killed++;
      else if (status === 'Timeout') counts.timeout++;
      else if (status === 'Survived') counts.survived++;
      else if (status === 'NoCoverage') counts.noCoverage++;
      else counts.other++;
    }
    files[file.replace(/\\/g, '/')] = counts;
  }
  return files;
}

export function add(into: Counts, counts: Counts): Counts {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += counts[key];
  return into;
}

/** Percent detected, or null when no mutant could be scored. */
export function score({ killed, timeout, survived, noCoverage }: Counts): number | null {
  const scored = killed + timeout + survived + noCoverage;
  return scored === 0 ? null : (100 * (killed + timeout)) / scored;
}

/** Counts per folder of the parts' records (`src/model/formats/csv.ts` counts in `src/model/formats`). */
export function countsByFolder(records: Iterable<PartRecord>): Map<string, Counts> {
  const folders = new Map<string, Counts>();
  const into = (folder: string, counts: Counts) => folders.set(folder, add(folders.get(folder) ?? empty(), counts));
  for (const record of records) {
    for (const [file, counts] of Object.entries(record.files ?? {})) into(file.split('/').slice(0, -1).join('/'), counts);
    for (const [folder, counts] of Object.entries(record.folders ?? {})) into(folder, counts);
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
 * record (a part is one Stryker run: src/model is five), then the whole set, or which parts have
 * no record yet (a folder missing one is marked incomplete, and the whole set waits for all);
 * then when and on which commit each part was measured, since a part's score is as old as its run.
 */
export function formatScores(records: ReadonlyMap<string, PartRecord | null>): string {
  const lines = ['| folder | score | killed | timed out | survived | no test | left out |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  const row = (name: string, counts: Counts) =>
    `| ${name} | ${percent(score(counts))} | ${counts.killed} | ${counts.timeout} | ${counts.survived} | ${counts.noCoverage} | ${counts.other} |`;
  const parts = [...records.keys()];
  const missing = parts.filter((part) => !records.get(part));
  const present = parts.flatMap((part) => records.get(part) ?? []);
  const folders = countsByFolder(present);
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
  else lines.push('', `No record yet for ${missing.join(', ')}: the score over the whole set waits for them (npm run test:mutation -- ${missing.join(' ')}).`);
  if (present.length > 0) {
    lines.push('', '| part | score | measured | commit | from |', '| --- | ---: | --- | --- | --- |');
    for (const part of parts) {
      const record = records.get(part);
      if (!record) continue;
      const counts = [...countsByFolder([record]).values()].reduce(add, empty());
      lines.push(`| ${part} | ${percent(score(counts))} | ${record.measured} | ${record.commit} | ${record.source ?? 'its report, per file'} |`);
    }
  }
  return lines.join('\n');
}

/** docs/mutation-scores.json's text: JSON with each file's or folder's counts on one line, so a rerun's diff shows which files changed. */
export function formatRecords(parts: Record<string, PartRecord>): string {
  return `${JSON.stringify({ parts }, null, 1).replace(/\{\n\s*("killed"[^{}]*?)\n\s*\}/g, (_, body: string) => `{ ${body.replace(/\n\s*/g, ' ')} }`)}\n`;
}
