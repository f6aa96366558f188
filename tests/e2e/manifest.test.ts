/** What the built extension asks for (the Chrome build; npm test builds it first). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/browser';

interface BuiltManifest {
  manifest_version: number;
  name: string;
  default_locale?: string;
  icons?: Record<string, string>;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches?: string[]; all_frames?: boolean }[];
}
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as BuiltManifest;
const EDX = ['https://courses.edx.org/*', 'https://home.edx.org/*', 'https://learning.edx.org/*', 'https://www.edx.org/*'];

describe('built manifest (chrome-mv3)', () => {
  it('is MV3, localised, with icons', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.default_locale).toBe('en');
    expect(Object.keys(manifest.icons ?? {})).toEqual(['16', '32', '48', '128']);
  });

  it('runs its content script on edX hosts only', () => {
    const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
    expect(matches.sort()).toEqual(EDX);
    expect(manifest.content_scripts?.every((c) => !c.all_frames)).toBe(true);
  });
});
