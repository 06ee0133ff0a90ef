import { describe, expect, it } from 'vitest';
import { countsByFolder, formatScores, ownFiles, score, type MutationReport } from '../../scripts/mutation/scores';

const mutants = (statuses: Record<string, number>) => Object.entries(statuses).flatMap(([status, count]) => Array.from({ length: count }, () => ({ status })));
const report = (files: Record<string, Record<string, number>>): MutationReport => ({
  files: Object.fromEntries(Object.entries(files).map(([file, statuses]) => [file, { mutants: mutants(statuses) }])),
});

describe('mutation scores per folder', () => {
  it('counts killed and timed-out mutants as detected, over those that ran or had no test', () => {
    // 6 killed + 2 timed out of 6 + 2 + 1 survived + 1 without a test; the ignored and the
    // one that did not compile count in neither.
    const [counts] = countsByFolder(report({ 'src/store/a.ts': { Killed: 6, Timeout: 2, Survived: 1, NoCoverage: 1, Ignored: 4, CompileError: 1 } })).values();
    expect(counts).toEqual({ killed: 6, timeout: 2, survived: 1, noCoverage: 1, other: 5 });
    expect(score(counts!)).toBe(80);
    expect(score({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 3 })).toBeNull();
  });

  it('gives each folder with the folders under it, adding up the parts a folder was run in, and the whole set once every part has a report', () => {
    // src/model runs as two parts here: its own files, and its formats.
    const model = report({ 'src/model/a.ts': { Killed: 3, Survived: 1 } });
    const formats = report({ 'src/model/formats/csv.ts': { Killed: 1, Survived: 1 }, 'src/model/formats/deep/x.ts': { Killed: 2 } });
    const store = report({ 'src/store/b.ts': { Killed: 1, NoCoverage: 1 } });
    const table = formatScores(new Map([['model', model], ['model/formats', formats], ['store', store]]));
    const rows = table.split('\n');
    // model: 6 of 8 detected; its formats folder (with what is under it): 3 of 4.
    expect(rows).toContain('| **src/model** | 75.0 % | 6 | 0 | 2 | 0 | 0 |');
    expect(rows).toContain('|   src/model/formats | 75.0 % | 3 | 0 | 1 | 0 | 0 |');
    expect(rows).toContain('| **src/store** | 50.0 % | 1 | 0 | 0 | 1 | 0 |');
    expect(rows.at(-1)).toBe('| **all folders** | 70.0 % | 7 | 0 | 2 | 1 | 0 |');
  });

  it('marks a folder with a part still to run as incomplete, and scores no whole set without it', () => {
    const table = formatScores(new Map([['model', report({ 'src/model/a.ts': { Killed: 1 } })], ['model/drafting', null], ['layout', null]]));
    expect(table).toContain('| **src/model** (incomplete) | 100.0 % | 1 | 0 | 0 | 0 | 0 |');
    expect(table).not.toContain('src/layout**');
    expect(table).not.toContain('all folders');
    expect(table).toContain('No report yet for model/drafting, layout');
    expect(table).toContain('npm run test:mutation -- model/drafting layout');
  });

  it('counts a file only in the part that mutates it, not from a part’s old results for it', () => {
    // The model part's report still holds checkDataset.ts from a run before the checks were a part of their own.
    const stale = report({ 'src/model/a.ts': { Killed: 1 }, 'src/model/checkDataset.ts': { Survived: 5 } });
    const checks = report({ 'src/model/checkDataset.ts': { Killed: 4, Survived: 1 } });
    const own = ownFiles(stale, (file) => file !== 'src/model/checkDataset.ts');
    expect(Object.keys(own.files)).toEqual(['src/model/a.ts']);
    expect(formatScores(new Map([['model/checks', checks], ['model', own]]))).toContain('| **src/model** | 83.3 % | 5 | 0 | 1 | 0 | 0 |');
  });
});
