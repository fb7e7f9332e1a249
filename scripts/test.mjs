// `npm test`: the editor check (content + types), unit tests, production builds (at the root and under a sub-path),
// browser tests on the build, then the dependency audit; ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { auditDependencies } from './audit.mjs';
import { ensureChromium, findKoreanFont } from './ensure-chromium.mjs';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const vitest = (project) => [
  'vitest',
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${RESULTS}/${project}.json`,
];

const steps = [
  { name: 'lint and format (eslint, prettier --check)', cmd: ['npm', 'run', '--silent', 'lint'] },
  { name: 'editor check: content + types (npm run check)', cmd: ['tsx', 'scripts/check.ts'] },
  { name: 'unit tests', cmd: vitest('unit'), results: 'unit' },
  { name: "tooling tests (benchmark, deploy workflow, editors' guides, audit)", cmd: vitest('tooling'), results: 'tooling' },
  { name: 'production build', cmd: ['astro', 'build'] },
  // A second build as GitHub Pages would serve it, so the link tests can check every link under a sub-path too.
  {
    name: 'production build under a sub-path (dist-subpath/, BASE_PATH=/gpu-deal/)',
    cmd: ['astro', 'build', '--outDir', 'dist-subpath'],
    env: { BASE_PATH: '/gpu-deal/', SITE_URL: 'https://example.github.io' },
  },
  { name: 'browser and Korean font', run: () => `using ${ensureChromium()}, Korean font: ${findKoreanFont()}` },
  { name: 'browser tests', cmd: vitest('e2e'), results: 'e2e' },
  // Last, as it needs the npm registry: a high or critical advisory in a runtime dependency fails the run.
  { name: 'dependency audit (npm audit --omit=dev: no high or critical advisory)', run: () => auditDependencies() },
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
  console.log(
    `[test] ${project}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`,
  );
  return true;
}

for (const step of steps) {
  console.log(`\n[test] ── ${step.name} ──`);
  let ok = true;
  if (step.run) {
    try {
      console.log(`[test] ${step.run()}`);
    } catch (e) {
      console.error(`[test] ${e.message}`);
      ok = false;
    }
  } else {
    const [bin, ...args] = step.cmd;
    const env = { ...process.env, ...step.env };
    ok = spawnSync(bin, args, { stdio: 'inherit', shell: false, env }).status === 0;
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
