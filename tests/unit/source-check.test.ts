/**
 * What this project never ships (the README's "How it is built"): markup or code built from strings. Fails on innerHTML,
 * outerHTML, dangerouslySetInnerHTML, eval, new Function and string timers anywhere in the source.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const FORBIDDEN: readonly [string, RegExp][] = [
  ['innerHTML / outerHTML', /\.(?:inner|outer)HTML\b/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['eval', /(?<![\w.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['a string timer', /\b(?:setTimeout|setInterval)\s*\(\s*['"`]/],
  ['insertAdjacentHTML / document.write', /insertAdjacentHTML|document\.write\s*\(/],
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(?:ts|tsx|js|mjs|html)$/.test(name) ? [path] : [];
  });
}

export function offences(text: string): string[] {
  return FORBIDDEN.filter(([, re]) => re.test(text)).map(([name]) => name);
}

describe('source check', () => {
  it('catches each forbidden pattern (the check itself can fail)', () => {
    expect(offences('el.innerHTML = x')).toEqual(['innerHTML / outerHTML']);
    expect(offences('<div dangerouslySetInnerHTML={{ __html: x }} />')).toEqual(['dangerouslySetInnerHTML']);
    expect(offences('eval(code)')).toEqual(['eval']);
    expect(offences('const f = new Function("a", body)')).toEqual(['new Function']);
    expect(offences("setTimeout('alert(1)', 10)")).toEqual(['a string timer']);
    expect(offences('setTimeout(() => run(), 10); retrieval(x); el.textContent = y')).toEqual([]);
  });

  it('finds none of them in entrypoints/, components/ and lib/', () => {
    const files = ['entrypoints', 'components', 'lib'].flatMap((d) => sources(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((f) =>
      offences(readFileSync(f, 'utf8')).map((o) => `${f.slice(ROOT.length + 1)}: ${o}`),
    );
    expect(found).toEqual([]);
  });

  it('no comment points outside the repository: documents cited are the ones in docs/', () => {
    const outside = /\.\.\/shared|shared\/docs|(?<![\w/])(?:edx|toolchain|architecture|mitx-online)\.md/;
    expect(outside.test('see ../shared/docs/edx.md')).toBe(true);
    expect(outside.test('(edx.md, "Hosts")')).toBe(true);
    expect(outside.test('see docs/platforms.md and docs/program.md')).toBe(false);
    const files = ['entrypoints', 'components', 'lib', 'tests', 'scripts']
      .flatMap((d) => sources(join(ROOT, d)))
      .concat(join(ROOT, 'wxt.config.ts'));
    // This file names the patterns it looks for.
    const found = files
      .filter((f) => f !== __filename && outside.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(ROOT.length + 1));
    expect(found).toEqual([]);
  });
});
