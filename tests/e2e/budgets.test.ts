/**
 * Size budgets of the built extension (issue 8): sizes are deterministic, so they are enforced here. Timing
 * budgets are measured by `npm run bench` and reported in tests/bench/RESULTS.md, never asserted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/browser';

const gzip = (file: string) => gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length;

describe('size budgets', () => {
  it('the content script, which every edX page loads, is at most 24,000 bytes gzip', () => {
    const size = gzip('content-scripts/hint.js');
    console.log(`content script: ${size} B gzip`);
    expect(size).toBeLessThanOrEqual(24_000);
  });

  it('the content script uses the browser\'s own API, without webextension-polyfill; the background keeps it', () => {
    // The polyfill's table of API arities is its signature.
    const polyfilled = (file: string) => /minArgs:\d/.test(readFileSync(join(EXTENSION_DIR, file), 'utf8'));
    expect(polyfilled('content-scripts/hint.js')).toBe(false);
    const background = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
    const imported = [...background.matchAll(/from"\.\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
    expect(['background.js', ...imported].some(polyfilled)).toBe(true);
  });

  it("the popup's JavaScript (its module and every module it preloads) is at most 30,000 bytes gzip", () => {
    const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    const size = scripts.reduce((n, f) => n + gzip(f), 0);
    console.log(`popup: ${size} B gzip in ${scripts.join(', ')}`);
    expect(size).toBeLessThanOrEqual(30_000);
  });
});
