/**
 * Backups: everything the learner has, as one versioned JSON file, and reading one back. Reading is strict:
 * a file that is not a sound backup is refused whole, with every problem in plain words, and nothing is
 * changed. A backup from an older version goes through the same migrations as stored data.
 */
import { t, tn, uiLocale, type MessageKey } from './i18n';
import { STEP_IDS } from './catalog';
import { where } from './where';
import { migrateProgress, migrateSettings } from './state/migrations';
import {
  PROGRESS_VERSION,
  ProgressSchema,
  SETTINGS_VERSION,
  SettingsSchema,
  type Progress,
  type Settings,
} from './state/schema';

export const BACKUP_FORMAT = 'micromasters-companion-backup';
export const BACKUP_VERSION = 1;
/** The largest file read as a backup. A full plan with every run and reminder is a few tens of kilobytes. */
export const MAX_BACKUP_BYTES = 5_000_000;

/** "7.2 MB", "48 kB", in the browser's language. */
export function formatBytes(bytes: number): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [bytes / 1e3, 'kilobyte'];
  return new Intl.NumberFormat(uiLocale(), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A file too large to be a backup, refused before it is read, with its size in words. */
export function tooLarge(bytes: number): string | undefined {
  return bytes > MAX_BACKUP_BYTES ? t('backupTooLarge', formatBytes(bytes), formatBytes(MAX_BACKUP_BYTES)) : undefined;
}

export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: number;
  readonly exportedAt: string;
  readonly progress: Progress;
  readonly settings: Settings;
}

export function makeBackup(progress: Progress, settings: Settings, now: string): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, progress, settings };
}

export type ReadBackup =
  { ok: true; progress: Progress; settings: Settings; exportedAt?: string } | { ok: false; errors: string[] };

function check<T>(
  root: 'progress' | 'settings',
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; code: string }[] } };
  },
  value: unknown,
  errors: string[],
): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues.slice(0, 20)) {
    errors.push(
      t(
        'backupIssue',
        where(root, issue.path),
        t(issue.code === 'invalid_type' && issue.path.length ? 'issue_missingOrWrong' : 'issue_invalid'),
      ),
    );
  }
  return undefined;
}

export function readBackup(text: string): ReadBackup {
  const size = tooLarge(text.length);
  if (size) return { ok: false, errors: [size] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: [t('backupNotJson')] };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT)
    return { ok: false, errors: [t('backupNotOurs')] };
  const file = raw as Record<string, unknown>;
  if (typeof file.version !== 'number' || file.version > BACKUP_VERSION)
    return { ok: false, errors: [t('backupNewer')] };
  const errors: string[] = [];
  const progressVersion = (file.progress as { version?: unknown } | undefined)?.version;
  const settingsVersion = (file.settings as { version?: unknown } | undefined)?.version;
  if (typeof progressVersion === 'number' && progressVersion > PROGRESS_VERSION) errors.push(t('backupNewer'));
  if (typeof settingsVersion === 'number' && settingsVersion > SETTINGS_VERSION) errors.push(t('backupNewer'));
  if (errors.length) return { ok: false, errors: [...new Set(errors)] };
  let progress: Progress | undefined;
  let settings: Settings | undefined;
  try {
    progress = check('progress', ProgressSchema, migrateProgress(file.progress), errors);
    settings = check('settings', SettingsSchema, migrateSettings(file.settings), errors);
  } catch {
    return { ok: false, errors: [t('backupNotOurs')] };
  }
  if (!progress || !settings || errors.length) return { ok: false, errors };
  return { ok: true, progress, settings, ...(typeof file.exportedAt === 'string' && { exportedAt: file.exportedAt }) };
}

/** What replacing the current data with a backup would change, step by step, in plain words. */
export function describeChanges(
  current: { progress: Progress; settings: Settings },
  incoming: { progress: Progress; settings: Settings },
): string[] {
  const lines: string[] = [];
  for (const key of STEP_IDS) {
    const a = current.progress.steps[key];
    const b = incoming.progress.steps[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    lines.push(
      t(
        'previewStep',
        key,
        tn('previewRuns', a.runs.length),
        tn('previewRuns', b.runs.length),
        b.credit ? t('previewCredit') : '',
      ),
    );
  }
  const track = (p: Progress) =>
    `${t(`track_${p.track.name.replace(/-/g, '_')}` as MessageKey)} (${p.track.courses.join(t('listSeparator'))})`;
  if (track(current.progress) !== track(incoming.progress))
    lines.push(t('previewTrack', track(current.progress), track(incoming.progress)));
  if (JSON.stringify(current.settings) !== JSON.stringify(incoming.settings)) lines.push(t('previewSettings'));
  return lines.length ? lines : [t('previewSame')];
}
