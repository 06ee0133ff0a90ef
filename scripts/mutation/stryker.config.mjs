// `npm run test:mutation` (scripts/mutation/run.ts): mutation testing of the logic the Node tests
// reach. Each mutant (one small change to src/) is checked by the TypeScript compiler, then run
// against the tests that cover it; a mutant no test notices "survives". One folder of src/ at a
// time (STANCEMAP_MUTATION_PART), each with its own report and incremental file under
// reports/mutation/<folder>/, so a rerun tests only what changed and a stopped run loses only its
// own folder. See README, "Mutation testing".

/** The folders mutated, and what in them is left out. */
export const MUTATION_PARTS = ['model', 'layout', 'embed', 'io', 'store'];
const LEFT_OUT = [
  // Workers and the host page's script are glue around a browser API the Node tests do not have.
  '!src/**/*Worker.ts',
  '!src/embed/host/**',
  '!src/io/parseOffMainThread.ts',
];
const part = process.env.STANCEMAP_MUTATION_PART;
if (part !== undefined && !MUTATION_PARTS.includes(part)) throw new Error(`STANCEMAP_MUTATION_PART is one of ${MUTATION_PARTS.join(', ')}, not “${part}”.`);
const folder = part ?? 'all';
const reports = `reports/mutation/${folder}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Every test file in the dry run; coverage per test then picks the tests each mutant meets.
  vitest: { configFile: 'scripts/mutation/vitest.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  mutate: [part ? `src/${part}/**/*.ts` : `src/{${MUTATION_PARTS.join(',')}}/**/*.ts`, ...LEFT_OUT],
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
  concurrency: 2,
  // Each folder's run its own sandbox: two folders may run at once on a larger machine.
  tempDirName: `node_modules/.cache/stryker-tmp-${folder}`,
  cleanTempDir: 'always',
};
