/**
 * Versions of the stored formats and the steps between them (after Read Frog: one function per step, a
 * frozen example per version in tests/fixtures/state/, and a test that migrating example N gives example
 * N+1). Migrations are pure and run in memory wherever data is read; only the background writes the result.
 *
 * Each step is frozen once released: it imports nothing that may change later (Read Frog's rule), so an old
 * backup reads the same way years on.
 */
import { progressV2 } from './migrate-progress-v2';
import { progressV3 } from './migrate-progress-v3';
import { settingsV2 } from './migrate-settings-v2';
import { settingsV3 } from './migrate-settings-v3';
import { PROGRESS_VERSION, SETTINGS_VERSION } from './schema';

type Migration = (previous: Record<string, unknown>) => Record<string, unknown>;

/** `MIGRATIONS[n]` turns version n-1 into version n. */
export const PROGRESS_MIGRATIONS: Readonly<Record<number, Migration>> = { 2: progressV2, 3: progressV3 };
export const SETTINGS_MIGRATIONS: Readonly<Record<number, Migration>> = { 2: settingsV2, 3: settingsV3 };

function migrate(
  raw: unknown,
  latest: number,
  steps: Readonly<Record<number, Migration>>,
  what: string,
  problems: string[],
): unknown {
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
