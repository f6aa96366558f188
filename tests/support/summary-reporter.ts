/**
 * Prints `vitest: N passed, N failed, N skipped` as the last line of a run, the plain form CI reads
 * (docs/testing.md, "CI's closing line"). A file that failed to load and an unhandled error count as failures.
 * The counts are also written to .tmp/vitest-summary.json for tests/run-all.mjs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[], errors: readonly SerializedError[]): void {
    let passed = 0;
    let failed = errors.length;
    let skipped = 0;
    for (const mod of modules) {
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) failed += 1;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    mkdirSync('.tmp', { recursive: true });
    writeFileSync('.tmp/vitest-summary.json', JSON.stringify({ passed, failed, skipped }));
    process.stdout.write(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
