/**
 * The tests mutation testing runs against each mutant: the unit project of vite.config.ts (tests
 * in Node), without tests/scripts, whose scripts run as processes of their own that a mutant,
 * switched on inside the test process, never reaches.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { INTERFACE_LOCALES, RESOLVE } from '../../vite.config.ts';
import { embedDatasetModule } from '../embedDatasetModule.ts';
import { PART_TESTS } from './stryker.config.mjs';

// Stryker's test runners inherit the part from run.ts's environment.
const part = process.env.STANCEMAP_MUTATION_PART;
const ownTests = part === undefined ? undefined : PART_TESTS[part];

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: RESOLVE,
  // The same interface languages and embed dataset module as the app's own test run.
  plugins: [embedDatasetModule()],
  define: { 'import.meta.env.SINGLE_FILE': 'false', ...INTERFACE_LOCALES },
  test: {
    globals: true,
    environment: 'node',
    include: ownTests ? [...ownTests] : ['tests/{model,layout,store,embed,interaction,io}/**/*.test.ts'],
    setupFiles: ['scripts/mutation/endOnFailure.ts'],
    // Properties try a fifth of their cases here (tests/propertyRuns.ts).
    env: { STANCEMAP_MUTATION: '1' },
    // Each test file imports its modules afresh (the default), which mutation testing needs: with
    // the modules shared, Stryker's coverage per test lost every file after the first to import a
    // module, and src/embed's tests covered none of its mutants.
    // Instrumented code (every mutant compiled in, switched at run time) runs slower than the app's.
    testTimeout: 60_000,
  },
});
