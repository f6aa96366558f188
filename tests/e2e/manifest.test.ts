/**
 * What the built extension asks for, Chrome and Firefox builds (npm test builds both first): the exact
 * permissions, host access only to the edX hosts used, one web-accessible resource (the hint's module, to
 * edX's pages only), no remote code, the default content security policy; and `web-ext lint` on the Firefox
 * build with no errors.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCRIPT_REGISTRATIONS } from '../../lib/script-registrations';

const OUTPUT = resolve(__dirname, '../../.output');
const EDX_PAGES = [
  'https://courses.edx.org/*',
  'https://courses.learn.mit.edu/*',
  'https://courses.mitxonline.mit.edu/*',
  'https://home.edx.org/*',
  'https://learn.mit.edu/*',
  'https://learning.edx.org/*',
  'https://mitxonline.mit.edu/*',
  'https://www.edx.org/*',
];
/** Host access: the three APIs the background reads, host by host. */
const HOSTS_READ = ['https://courses.edx.org/*', 'https://courses.learn.mit.edu/*', 'https://mitxonline.mit.edu/api/*'];

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
  content_scripts?: {
    matches?: string[];
    include_globs?: string[];
    exclude_globs?: string[];
    all_frames?: boolean;
    run_at?: string;
  }[];
  background?: { service_worker?: string; scripts?: string[] };
}

/** lib/script-registrations.ts, as the manifest must carry it. */
const REGISTERED = SCRIPT_REGISTRATIONS.map(({ matches, include_globs }) => ({
  matches,
  ...(include_globs && { include_globs }),
}));

const scriptEntries = (m: BuiltManifest) =>
  (m.content_scripts ?? []).map(({ matches = [], include_globs, exclude_globs }) => ({
    matches,
    ...(include_globs && { include_globs }),
    ...(exclude_globs && { exclude_globs }),
  }));

/** The origins the content script's match patterns reach, as `https://host/*`. */
const hostsOf = (m: BuiltManifest) =>
  [...new Set((m.content_scripts ?? []).flatMap((c) => (c.matches ?? []).map((p) => `${new URL(p).origin}/*`)))].sort();

const read = (build: string) => JSON.parse(readFileSync(join(OUTPUT, build, 'manifest.json'), 'utf8')) as BuiltManifest;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

/** Code loaded from anywhere but the package: remote script URLs or dynamic imports of http(s) URLs. */
function remoteCode(build: string): string[] {
  return files(join(OUTPUT, build))
    .filter((f) => /\.(js|html)$/.test(f))
    .filter((f) =>
      /<script[^>]+src=["']https?:|import\(\s*["']https?:|importScripts\(\s*["']https?:/.test(readFileSync(f, 'utf8')),
    )
    .map((f) => f.slice(OUTPUT.length + 1));
}

describe('Chrome build (chrome-mv3)', () => {
  const m = read('chrome-mv3');
  it('is MV3, localised, with icons and a service worker', () => {
    expect([m.manifest_version, m.name, m.default_locale]).toEqual([3, '__MSG_extName__', 'en']);
    expect(Object.keys(m.icons ?? {})).toEqual(['16', '32', '48', '128']);
    expect(m.background?.service_worker).toBe('background.js');
  });
  it('asks for exactly storage, alarms, notifications; host access to the three APIs read only', () => {
    expect(m.permissions).toEqual(['storage', 'alarms', 'notifications']);
    expect(m.host_permissions).toEqual(HOSTS_READ);
    expect(m.optional_permissions).toBeUndefined();
  });
  it('runs its content script host-wide where pages move between courses in-app, on SDS course URLs only on the course apps and the LMS, top frame only', () => {
    expect(scriptEntries(m)).toEqual(REGISTERED);
    expect(hostsOf(m)).toEqual(EDX_PAGES);
    expect(m.content_scripts?.every((c) => !c.all_frames)).toBe(true);
  });
  it("runs its content script from document_start: an idle or end script held edX's load event back (tests/bench)", () => {
    expect(m.content_scripts?.map((c) => c.run_at)).toEqual(['document_start', 'document_start']);
  });
  it('exposes only the hint module, to edX pages only and under a per-session URL; keeps the default CSP, loads no remote code', () => {
    // The content script imports it on SDS pages (entrypoints/hint-app): use_dynamic_url keeps sites from
    // probing the extension's fixed URL for it.
    const exposed = (m.web_accessible_resources ?? []) as {
      resources: string[];
      matches: string[];
      use_dynamic_url?: boolean;
    }[];
    expect(exposed.map((r) => ({ ...r, matches: [...r.matches].sort() }))).toEqual([
      { resources: ['hint-app.js'], matches: EDX_PAGES, use_dynamic_url: true },
    ]);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
    expect(remoteCode('chrome-mv3')).toEqual([]);
  });
});

describe('Firefox build (firefox-mv2)', () => {
  const m = read('firefox-mv2');
  it('asks for the same and nothing more', () => {
    expect(m.manifest_version).toBe(2);
    expect(m.permissions).toEqual(['storage', 'alarms', 'notifications', ...HOSTS_READ]);
    expect(scriptEntries(m)).toEqual(REGISTERED);
    expect(hostsOf(m)).toEqual(EDX_PAGES);
    // MV2 lists resources only: Firefox serves them under a random per-install host, which no site can guess.
    expect(m.web_accessible_resources).toEqual(['hint-app.js']);
    expect(m.content_security_policy).toBeUndefined();
    expect(remoteCode('firefox-mv2')).toEqual([]);
  });
  it('passes web-ext lint with no errors', () => {
    const lint = spawnSync(
      resolve(__dirname, '../../node_modules/.bin/web-ext'),
      ['lint', '--source-dir', join(OUTPUT, 'firefox-mv2'), '--output', 'json', '--no-config-discovery'],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(lint.stdout) as {
      summary: { errors: number; warnings: number };
      errors: { code: string; message: string }[];
      warnings: { code: string; file?: string }[];
    };
    console.log(
      `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${report.warnings.map((w) => `${w.code} ${w.file ?? ''}`).join('; ')})`,
    );
    expect(report.errors).toEqual([]);
    // The minimum versions fit the manifest's keys (data_collection_permissions needs Firefox for Android 142).
    expect(report.warnings.map((w) => w.code)).not.toContain('KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION');
  }, 60_000);
});
