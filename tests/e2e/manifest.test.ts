/**
 * What the built extension asks for, Chrome and Firefox builds (npm test builds both first): the exact
 * permissions, host access only to the edX hosts, no web-accessible resource, messages from edX's pages only
 * (Chrome), no remote code, the default content security policy; and `web-ext lint` on the Firefox build with
 * no errors.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTPUT = resolve(__dirname, '../../.output');
const EDX_PAGES = ['https://courses.edx.org/*', 'https://home.edx.org/*', 'https://learning.edx.org/*', 'https://www.edx.org/*'];

interface BuiltManifest {
  manifest_version: number;
  name: string;
  default_locale?: string;
  icons?: Record<string, string>;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  web_accessible_resources?: unknown;
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  content_scripts?: { matches?: string[]; all_frames?: boolean; run_at?: string; world?: string }[];
  background?: { service_worker?: string; scripts?: string[] };
}

const read = (build: string) => JSON.parse(readFileSync(join(OUTPUT, build, 'manifest.json'), 'utf8')) as BuiltManifest;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

/** Code loaded from anywhere but the package: remote script URLs or dynamic imports of http(s) URLs. */
function remoteCode(build: string): string[] {
  return files(join(OUTPUT, build))
    .filter((f) => /\.(js|html)$/.test(f))
    .filter((f) => /<script[^>]+src=["']https?:|import\(\s*["']https?:|importScripts\(\s*["']https?:/.test(readFileSync(f, 'utf8')))
    .map((f) => f.slice(OUTPUT.length + 1));
}

describe('Chrome build (chrome-mv3)', () => {
  const m = read('chrome-mv3');
  it('is MV3, localised, with icons and a service worker', () => {
    expect([m.manifest_version, m.name, m.default_locale]).toEqual([3, '__MSG_extName__', 'en']);
    expect(Object.keys(m.icons ?? {})).toEqual(['16', '32', '48', '128']);
    expect(m.background?.service_worker).toBe('background.js');
  });
  it('asks for exactly storage, alarms, notifications, scripting; host access to the four edX hosts only', () => {
    // scripting and the page hosts: the hint is injected after edX's load event (lib/page-loaded.ts). The
    // content script's matches already ask the learner for these hosts, so the install prompt is unchanged.
    expect(m.permissions).toEqual(['storage', 'alarms', 'notifications', 'scripting']);
    expect([...(m.host_permissions ?? [])].sort()).toEqual(EDX_PAGES);
    expect(m.optional_permissions).toBeUndefined();
  });
  it('runs its content script on the four edX hosts only, top frame only', () => {
    expect((m.content_scripts ?? []).flatMap((c) => c.matches ?? []).sort()).toEqual(EDX_PAGES);
    expect(m.content_scripts?.every((c) => !c.all_frames)).toBe(true);
  });
  it('runs its content script from document_start in edX\'s main world: an idle or end script, or an isolated world, held edX\'s load event back (tests/bench)', () => {
    expect(m.content_scripts?.map((c) => [c.run_at, c.world])).toEqual([['document_start', 'MAIN']]);
  });
  it('lets edX\'s pages, and no other site, message it; exposes no file to pages; keeps the default CSP, loads no remote code', () => {
    // The start script's one message (lib/page-loaded.ts); the background accepts nothing else from a page.
    const connectable = m.externally_connectable as { matches?: string[]; ids?: string[] } | undefined;
    expect({ ...connectable, matches: [...(connectable?.matches ?? [])].sort() }).toEqual({ matches: EDX_PAGES });
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
    expect(remoteCode('chrome-mv3')).toEqual([]);
  });
});

describe('Firefox build (firefox-mv2)', () => {
  const m = read('firefox-mv2');
  it('asks for the same and nothing more', () => {
    expect(m.manifest_version).toBe(2);
    // MV2: host access is listed with the permissions; tabs.executeScript needs no permission but the host's.
    expect(m.permissions?.slice(0, 3)).toEqual(['storage', 'alarms', 'notifications']);
    expect(m.permissions?.slice(3).sort()).toEqual(EDX_PAGES);
    expect((m.content_scripts ?? []).flatMap((c) => c.matches ?? []).sort()).toEqual(EDX_PAGES);
    // Firefox has no main world for manifest scripts in MV2: the start script is an isolated-world one.
    expect(m.content_scripts?.map((c) => [c.run_at, c.world])).toEqual([['document_start', undefined]]);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
    expect(remoteCode('firefox-mv2')).toEqual([]);
  });
  it('passes web-ext lint with no errors', () => {
    const lint = spawnSync(resolve(__dirname, '../../node_modules/.bin/web-ext'), ['lint', '--source-dir', join(OUTPUT, 'firefox-mv2'), '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    const report = JSON.parse(lint.stdout) as { summary: { errors: number; warnings: number }; errors: { code: string; message: string }[]; warnings: { code: string; file?: string }[] };
    console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${report.warnings.map((w) => `${w.code} ${w.file ?? ''}`).join('; ')})`);
    expect(report.errors).toEqual([]);
  }, 60_000);
});
