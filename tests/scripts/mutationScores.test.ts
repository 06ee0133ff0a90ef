import { describe, expect, it } from 'vitest';
import { countsByFile, formatRecords, formatScores, ownFiles, score, type Counts, type MutationReport, type PartRecord } from '../../scripts/mutation/scores';

const mutants = (statuses: Record<string, number>) => Object.entries(statuses).flatMap(([status, count]) => Array.from({ length: count }, () => ({ status })));
const report = (files: Record<string, Record<string, number>>): MutationReport => ({
  files: Object.fromEntries(Object.entries(files).map(([file, statuses]) => [file, { mutants: mutants(statuses) }])),
});
/** A part's record as run.ts writes it after a finished run. */
const measured = (files: Record<string, Record<string, number>>): PartRecord => ({ measured: '2026-12-07 23:50 UTC', commit: 'abc1234', files: countsByFile(report(files)) });
const counts = (killed: number, timeout: number, survived: number, noCoverage: number, other = 0): Counts => ({ killed, timeout, survived, noCoverage, other });

describe('mutation scores per folder', () => {
  it('counts killed and timed-out mutants as detected, over those that ran or had no test', () => {
    // 6 killed + 2 timed out of 6 + 2 + 1 survived + 1 without a test; the ignored and the
    // one that did not compile count in neither.
    const files = countsByFile(report({ 'src/store/a.ts': { Killed: 6, Timeout: 2, Survived: 1, NoCoverage: 1, Ignored: 4, CompileError: 1 } }));
    expect(files).toEqual({ 'src/store/a.ts': counts(6, 2, 1, 1, 5) });
    expect(score(files['src/store/a.ts']!)).toBe(80);
    expect(score(counts(0, 0, 0, 0, 3))).toBeNull();
  });

  it('writes a file’s path with forward slashes whatever the machine', () => {
    expect(Object.keys(countsByFile(report({ 'src\\model\\formats\\csv.ts': { Killed: 1 } })))).toEqual(['src/model/formats/csv.ts']);
  });

  it('gives each folder with the folders under it, adding up the parts a folder was run in, and the whole set once every part has a record', () => {
    // src/model runs as two parts here: its own files, and its formats.
    const model = measured({ 'src/model/a.ts': { Killed: 3, Survived: 1 } });
    const formats = measured({ 'src/model/formats/csv.ts': { Killed: 1, Survived: 1 }, 'src/model/formats/deep/x.ts': { Killed: 2 } });
    const store = measured({ 'src/store/b.ts': { Killed: 1, NoCoverage: 1 } });
    const table = formatScores(new Map([['model', model], ['model/formats', formats], ['store', store]]));
    const rows = table.split('\n');
    // model: 6 of 8 detected; its formats folder (with what is under it): 3 of 4.
    expect(rows).toContain('| **src/model** | 75.0 % | 6 | 0 | 2 | 0 | 0 |');
    expect(rows).toContain('|   src/model/formats | 75.0 % | 3 | 0 | 1 | 0 | 0 |');
    expect(rows).toContain('| **src/store** | 50.0 % | 1 | 0 | 0 | 1 | 0 |');
    expect(rows).toContain('| **all folders** | 70.0 % | 7 | 0 | 2 | 1 | 0 |');
    // When and where each part was measured, with its own score.
    expect(rows).toContain('| model/formats | 75.0 % | 2026-12-07 23:50 UTC | abc1234 | its report, per file |');
    expect(rows).toContain('| store | 50.0 % | 2026-12-07 23:50 UTC | abc1234 | its report, per file |');
  });

  it('adds a part kept only as totals per folder to the folder and the folders above it, and says where its figures come from', () => {
    const model = measured({ 'src/model/a.ts': { Killed: 3, Survived: 1 } });
    const drafting: PartRecord = { measured: '2026-12-05', commit: 'not kept', folders: { 'src/model/drafting': counts(7, 1, 2, 0) }, source: 'a closing note’s totals' };
    const rows = formatScores(new Map([['model', model], ['model/drafting', drafting]])).split('\n');
    expect(rows).toContain('| **src/model** | 78.6 % | 10 | 1 | 3 | 0 | 0 |');
    expect(rows).toContain('|   src/model/drafting | 80.0 % | 7 | 1 | 2 | 0 | 0 |');
    expect(rows).toContain('| model/drafting | 80.0 % | 2026-12-05 | not kept | a closing note’s totals |');
  });

  it('marks a folder with a part still to run as incomplete, and scores no whole set without it', () => {
    const table = formatScores(new Map([['model', measured({ 'src/model/a.ts': { Killed: 1 } })], ['model/drafting', null], ['layout', null]]));
    expect(table).toContain('| **src/model** (incomplete) | 100.0 % | 1 | 0 | 0 | 0 | 0 |');
    expect(table).not.toContain('src/layout**');
    expect(table).not.toContain('all folders');
    expect(table).toContain('No record yet for model/drafting, layout');
    expect(table).toContain('npm run test:mutation -- model/drafting layout');
  });

  it('counts a file only in the part that mutates it, not from a part’s old results for it', () => {
    // The model part's report still holds checkDataset.ts from a run before the checks were a part of their own.
    const stale = report({ 'src/model/a.ts': { Killed: 1 }, 'src/model/checkDataset.ts': { Survived: 5 } });
    const checks = measured({ 'src/model/checkDataset.ts': { Killed: 4, Survived: 1 } });
    const own = ownFiles(stale, (file) => file !== 'src/model/checkDataset.ts');
    expect(Object.keys(own.files)).toEqual(['src/model/a.ts']);
    const model: PartRecord = { measured: 'now', commit: 'abc1234', files: countsByFile(own) };
    expect(formatScores(new Map([['model/checks', checks], ['model', model]]))).toContain('| **src/model** | 83.3 % | 5 | 0 | 1 | 0 | 0 |');
  });

  it('keeps the record as JSON that reads back the same, one line per file', () => {
    const parts = { model: measured({ 'src/model/a.ts': { Killed: 3, Survived: 1 }, 'src/model/b.ts': { Timeout: 2 } }) };
    const text = formatRecords(parts);
    expect(JSON.parse(text)).toEqual({ parts });
    const fileLines = text.split('\n').filter((line) => line.includes('src/model/'));
    expect(fileLines).toHaveLength(2);
    expect(fileLines[0]).toContain('"src/model/a.ts": { "killed": 3, "timeout": 0, "survived": 1, "noCoverage": 0, "other": 0 }');
  });
});
