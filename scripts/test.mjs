#!/usr/bin/env node
// `npm test`: type checking, lint, then every vitest project (unit, components, real browser)
// in one run; ends with one line `N passed, N failed` over all of them.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (label, command, args) => {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  return status === 0;
};

let passed = 0;
let failed = 0;
const count = (ok) => (ok ? passed++ : failed++);

/** Runs a check with its output held back, so two checks at once print one after the other. */
const check = (label, command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += String(error)));
    child.on('close', (status) => {
      console.log(`\n▶ ${label}: ${command} ${args.join(' ')}\n${output}`);
      resolve(status === 0);
    });
  });

// Type checking and lint at once: each keeps about one core busy, and they take 16 s and 19 s.
const checks = await Promise.all([check('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']), check('lint', bin('eslint'), ['.', '--max-warnings', '0'])]);
checks.forEach(count);

const report = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });
rmSync(report, { force: true });
const vitestOk = run('tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A file that fails to load has no tests to count; it still fails the run.
  const brokenFiles = results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  failed += brokenFiles;
  if (!vitestOk && results.numFailedTests + brokenFiles === 0) failed++;
} catch {
  console.error('vitest wrote no report: counting the test run as failed');
  failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
