#!/usr/bin/env node
// `npm test`: type checking, lint and the build at once, then every vitest project (unit,
// components, real browser) in one run against that build; ends with one line
// `N passed, N failed` over all of them.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;

let passed = 0;
let failed = 0;
const count = (ok) => (ok ? passed++ : failed++);

/**
 * Runs a command; with `streamed` its output goes straight to the terminal, else it is held
 * back and printed in one block when the command ends, so commands run at once do not mix lines.
 */
const run = (label, command, args, { streamed = false, env } = {}) =>
  new Promise((resolve) => {
    const header = `\n▶ ${label}: ${command} ${args.join(' ')}`;
    if (streamed) console.log(header);
    const child = spawn(command, args, { stdio: streamed ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += String(error)));
    child.on('close', (status) => {
      if (!streamed) console.log(`${header}\n${output}`);
      resolve(status === 0);
    });
  });

/** Adds one vitest run's tests to the counts; a run without a report counts as one failure. */
function countVitest(report, ok) {
  try {
    const results = JSON.parse(readFileSync(report, 'utf8'));
    passed += results.numPassedTests;
    failed += results.numFailedTests;
    // A file that fails to load has no tests to count; it still fails the run.
    const brokenFiles = results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
    failed += brokenFiles;
    if (!ok && results.numFailedTests + brokenFiles === 0) failed++;
  } catch {
    console.error(`vitest wrote no report to ${report}: counting that run as failed`);
    failed++;
  }
}

mkdirSync('test-results', { recursive: true });

// Type checking, lint and the build at once: each keeps about one core busy for 15–30 s. The
// browser tests run against this build (STANCEMAP_BUILT tells their setup not to build again).
const [typecheck, lint, built] = await Promise.all([
  run('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
  run('lint', bin('eslint'), ['.', '--max-warnings', '0']),
  run('build', 'npm', ['run', '-s', 'build']),
]);
[typecheck, lint, built].forEach(count);

// The unit and component tests, then the browser tests, one file at a time. (Run beside the
// browser tests instead, they slowed those by as much as they saved: the machine is busy.)
const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const vitestOk = await run('tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  streamed: true,
  env: built ? { STANCEMAP_BUILT: '1' } : {},
});
countVitest(report, vitestOk);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
