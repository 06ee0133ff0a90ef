// `npm run test:mutation`: mutation testing of the logic the Node tests reach. Each mutant (one
// small change to src/) is checked by the TypeScript compiler, then run against the tests that
// cover it; a mutant no test notices "survives". Incremental: a rerun tests only what changed
// since the last report (reports/mutation/). See README, "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Every test file in the dry run; coverage per test then picks the tests each mutant meets.
  vitest: { configFile: 'scripts/mutation/vitest.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  mutate: [
    'src/{model,layout,embed,io,store}/**/*.ts',
    // Workers and the host page's script are glue around a browser API the Node tests do not have.
    '!src/**/*Worker.ts',
    '!src/embed/host/**',
    '!src/io/parseOffMainThread.ts',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportTests: false, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 85, low: 75, break: null },
  // Mutants in module-level constants run once at import: every test would have to rerun for each.
  ignoreStatic: true,
  concurrency: 2,
  tempDirName: 'node_modules/.cache/stryker-tmp',
  cleanTempDir: 'always',
};
