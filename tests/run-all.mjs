#!/usr/bin/env node
// `npm test`: type-check, lint, format check, build, then every vitest project (unit, components, end-to-end in
// Chromium and in Firefox ESR).
// Every step runs even when an earlier one failed, so one run shows everything that is wrong. The last line
// is the plain `tests: N passed, N failed, N skipped` that CI reads (docs/testing.md, "CI's closing line");
// a failed step counts as one failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  ['type-check', bin('tsc'), ['--noEmit']],
  ['lint', bin('eslint'), ['--max-warnings=0', '.']],
  ['format', bin('prettier'), ['--check', '.']],
  ['build (chrome-mv3)', bin('wxt'), ['build']],
  ['build (firefox-mv2)', bin('wxt'), ['build', '-b', 'firefox']],
  // What the end-to-end tests load: the same build with its timing marks (lib/timing.ts).
  ['build (chrome-mv3-timing)', bin('wxt'), ['build'], { WXT_TIMING_MARKS: 'on' }],
  ['build (firefox-mv2-timing)', bin('wxt'), ['build', '-b', 'firefox'], { WXT_TIMING_MARKS: 'on' }],
  ['vitest', bin('vitest'), ['run']],
];

const SUMMARY = '.tmp/vitest-summary.json';
rmSync(SUMMARY, { force: true });
const failedSteps = [];
for (const [name, cmd, args, extraEnv] of steps) {
  process.stdout.write(`\n=== ${name}: ${cmd} ${args.join(' ')}\n`);
  const started = Date.now();
  const { status, error } = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const ok = status === 0 && !error;
  process.stdout.write(
    `=== ${name}: ${ok ? 'ok' : `FAILED (exit ${status ?? error?.message})`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  if (!ok) failedSteps.push(name);
}

let counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(SUMMARY)) counts = JSON.parse(readFileSync(SUMMARY, 'utf8'));
else failedSteps.push('vitest summary missing');
// vitest's own failures are already in its counts; the other failed steps add one each.
const extra = failedSteps.filter((s) => s !== 'vitest').length;
const failed = counts.failed + extra;
if (failedSteps.length) process.stdout.write(`\nFailed steps: ${failedSteps.join(', ')}\n`);
process.stdout.write(`tests: ${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped\n`);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
