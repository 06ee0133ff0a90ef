// `npm run test:mutation` (scripts/mutation/run.ts): mutation testing of the logic the Node tests
// reach. Each mutant (one small change to src/) is checked by the TypeScript compiler, then run
// against the tests that cover it; a mutant no test notices "survives". One part of src/ at a
// time (STANCEMAP_MUTATION_PART), each with its own report and incremental file under
// reports/mutation/<part>/, so a rerun tests only what changed and a stopped run loses only its
// own part. See README, "Mutation testing".

// The dataset checks (parsing, the schema, the rules, where a quote is): their own part, short
// enough to finish in a sitting, since no other code's promise matters as much.
const CHECKS = ['parseDataset', 'datasetSchema', 'checkDataset', 'evidenceChecks', 'describeSchemaIssue', 'migrateDataset', 'locateQuote', 'quoteLocator', 'closestPassage', 'closestMatch'].map(
  (name) => `src/model/${name}.ts`,
);

// Reading a spreadsheet's files into a dataset: a third of the formats' mutants, a part of its own.
const IMPORT = ['importCsv', 'importCsvFiles'].map((name) => `src/model/formats/${name}.ts`);

// The layout's forces and the runner that ticks them: their mutants often loop until they time
// out, so they are a part of their own, apart from the geometry (lines, labels, hit-testing).
const SIMULATION = ['createSimulation', 'forceGridCollide', 'forceLabelCollide', 'forceManyBodyInline', 'layoutRunner', 'layoutEngine', 'layoutDataset'].map(
  (name) => `src/layout/${name}.ts`,
);

/**
 * What each run mutates. src/model is five runs (the dataset checks, its other files, the
 * formats, reading spreadsheets, drafting) and src/layout two (the simulation, the geometry), each short enough to
 * finish in a sitting; the summary adds them up per folder.
 */
export const MUTATION_PARTS = {
  'model/checks': CHECKS,
  model: ['src/model/*.ts', ...CHECKS.map((file) => `!${file}`)],
  'model/formats': ['src/model/formats/**/*.ts', ...IMPORT.map((file) => `!${file}`)],
  'model/import': IMPORT,
  'model/drafting': ['src/model/drafting/**/*.ts'],
  'layout/simulation': SIMULATION,
  'layout/geometry': ['src/layout/**/*.ts', ...SIMULATION.map((file) => `!${file}`)],
  embed: ['src/embed/**/*.ts'],
  io: ['src/io/**/*.ts'],
  store: ['src/store/**/*.ts'],
};

// The formats' own tests, and opening a spreadsheet or a file (tests/io).
const FORMATS_TESTS = ['tests/model/**/*.test.ts', 'tests/io/**/*.test.ts'];

/**
 * The tests each part runs against, where not every Node test: src/model's and src/layout's own
 * (and tests/io for the formats).
 * Nearly every Node test file parses a dataset or lays one out, so with them all each mutant of
 * the dataset checks reran some 900 tests and the part ran at 15 mutants a minute; the folder's
 * own tests are where its promises are written. Their score is a lower bound: a mutant that
 * survives here may still fail a test of another folder.
 */
export const PART_TESTS = {
  'model/checks': ['tests/model/**/*.test.ts'],
  model: ['tests/model/**/*.test.ts'],
  'model/drafting': ['tests/model/**/*.test.ts'],
  // Not the scripts' tests: they run the formats in a child process, which the mutant switched on
  // in the test's process never reaches.
  'model/formats': FORMATS_TESTS,
  'model/import': FORMATS_TESTS,
  'layout/simulation': ['tests/layout/**/*.test.ts'],
  'layout/geometry': ['tests/layout/**/*.test.ts'],
};
/** Stryker run by hand, without a part: all of them at once. */
const EVERY_PART = ['src/{model,layout,embed,io,store}/**/*.ts'];
const LEFT_OUT = [
  // Workers and the host page's script are glue around a browser API the Node tests do not have.
  '!src/**/*Worker.ts',
  '!src/embed/host/**',
  '!src/io/parseOffMainThread.ts',
];
const part = process.env.STANCEMAP_MUTATION_PART;
if (part !== undefined && !(part in MUTATION_PARTS)) throw new Error(`STANCEMAP_MUTATION_PART is one of ${Object.keys(MUTATION_PARTS).join(', ')}, not “${part}”.`);
/** Where a part's report and incremental file go: reports/mutation/model-formats/ for model/formats, reports/mutation/all/ for a run of Stryker by hand. */
export const reportFolder = (part) => `reports/mutation/${part?.replace('/', '-') ?? 'all'}`;
const reports = reportFolder(part);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Every test file in the dry run; coverage per test then picks the tests each mutant meets.
  vitest: { configFile: 'scripts/mutation/vitest.config.ts', related: false },
  checkers: ['typescript'],
  // src alone: whether a mutant compiles is decided there. Without the tests and scripts (560
  // files instead of 987), a whole check took 22 s instead of 34 s on this machine.
  tsconfigFile: 'scripts/mutation/tsconfig.json',
  mutate: [...(part ? MUTATION_PARTS[part] : EVERY_PART), ...LEFT_OUT],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `${reports}/stryker-incremental.json`,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: `${reports}/index.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportTests: false, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 85, low: 75, break: null },
  // Mutants in module-level constants run once at import: every test would have to rerun for each.
  ignoreStatic: true,
  // Stryker gives half to the type checker: 4 makes two test runners, the checkers idle once checked.
  concurrency: 4,
  // Each part's run its own sandbox: two parts may run at once on a larger machine.
  tempDirName: `node_modules/.cache/stryker-tmp-${reports.split('/').pop()}`,
  cleanTempDir: 'always',
};
