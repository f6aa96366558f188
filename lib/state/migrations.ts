/**
 * Versions of the stored formats and the steps between them (after Read Frog: one function per step, a
 * frozen example per version in tests/fixtures/state/, and a test that migrating example N gives example
 * N+1). Migrations are pure and run in memory wherever data is read; only the background writes the result.
 *
 * Version 1 is the first stored format, so no step exists yet: add `2: (v1) => v2` to a table below and a
 * frozen `progress.v2.json` when the format changes.
 */
import { PROGRESS_VERSION, SETTINGS_VERSION } from './schema';

type Migration = (previous: Record<string, unknown>) => Record<string, unknown>;

/** `MIGRATIONS[n]` turns version n-1 into version n. */
export const PROGRESS_MIGRATIONS: Readonly<Record<number, Migration>> = {};
export const SETTINGS_MIGRATIONS: Readonly<Record<number, Migration>> = {};

function migrate(raw: unknown, latest: number, steps: Readonly<Record<number, Migration>>, what: string, problems: string[]): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let value = raw as Record<string, unknown>;
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    // No usable version: read it as the current format and let repair keep what fits.
    if (version !== undefined) problems.push(`${what}.version: ${JSON.stringify(version)} is not a version`);
    return { ...value, version: latest };
  }
  if (version > latest) {
    problems.push(`${what}.version: ${version} is newer than this extension (${latest}); reading what fits`);
    return { ...value, version: latest };
  }
  for (let v = version + 1; v <= latest; v++) {
    const step = steps[v];
    if (!step) throw new Error(`no migration of ${what} to version ${v}`);
    value = { ...step(value), version: v };
  }
  return value;
}

export function migrateProgress(raw: unknown, problems: string[] = []): unknown {
  return migrate(raw, PROGRESS_VERSION, PROGRESS_MIGRATIONS, 'progress', problems);
}

export function migrateSettings(raw: unknown, problems: string[] = []): unknown {
  return migrate(raw, SETTINGS_VERSION, SETTINGS_MIGRATIONS, 'settings', problems);
}
