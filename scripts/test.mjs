// `npm test`: type checks, unit tests, a production build, then browser tests on the build; ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const vitest = (project) => [
  'vitest', 'run', '--project', project,
  '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/${project}.json`,
];

const steps = [
  { name: 'types (astro check)', cmd: ['astro', 'check'] },
  { name: 'unit tests', cmd: vitest('unit'), results: 'unit' },
  { name: 'production build', cmd: ['astro', 'build'] },
  { name: 'browser', run: () => ensureChromium() },
  { name: 'browser tests', cmd: vitest('e2e'), results: 'e2e' },
];

let passed = 0;
let failed = 0;
let failedStep;

function count(project) {
  const file = `${RESULTS}/${project}.json`;
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  console.log(`[test] ${project}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
  return true;
}

for (const step of steps) {
  console.log(`\n[test] ── ${step.name} ──`);
  let ok = true;
  if (step.run) {
    try {
      console.log(`[test] using ${step.run()}`);
    } catch (e) {
      console.error(`[test] ${e.message}`);
      ok = false;
    }
  } else {
    const [bin, ...args] = step.cmd;
    ok = spawnSync(bin, args, { stdio: 'inherit', shell: false }).status === 0;
  }
  const counted = step.results ? count(step.results) : false;
  if (!ok) {
    // A step that failed without failing a counted test (type errors, a broken build) counts as one failure.
    if (!counted || failed === 0) failed += 1;
    failedStep = step.name;
    break;
  }
}

console.log(failedStep ? `\n[test] FAILED at: ${failedStep}` : '\n[test] all steps passed');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
