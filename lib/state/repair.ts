/**
 * Reading stored data that may be corrupt, partial, from an older version or from somewhere else entirely.
 * Whatever is valid is kept, field by field; what is not is replaced by its default and named in
 * `problems`, so the caller can keep a copy of the original (lib/storage.ts) and say what happened.
 */
import type * as z from 'zod/mini';
import { migrateProgress, migrateSettings } from './migrations';
import { makeRunId, RUN_ID_PATTERN } from './run-id';
import {
  defaultProgress,
  defaultSettings,
  FACT_SCHEMAS,
  ProgressSchema,
  RUN_KEY,
  RunSchema,
  STEP_IDS,
  StepStateSchema,
  TrackSchema,
  TrackSuggestionSchema,
  type FactName,
  type Facts,
  type Progress,
  type Run,
  type Settings,
  SettingsSchema,
  type StepState,
} from './schema';

export interface Repaired<T> {
  readonly value: T;
  /** What was dropped or reset, as `path: reason`; empty when the data was sound. */
  readonly problems: readonly string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Def {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
}
const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Keeps each field of `raw` that fits `schema`, recursing into objects and filtering arrays element by
 * element; anything else takes the value from `fallback`.
 */
function repairAgainst<T>(schema: z.ZodMiniType, fallback: T, raw: unknown, path: string, problems: string[]): T {
  const whole = schema.safeParse(raw);
  if (whole.success) return whole.data as T;
  const def = defOf(schema);
  if (def.type === 'object' && def.shape && isRecord(fallback)) {
    if (!isRecord(raw)) {
      if (raw !== undefined) problems.push(`${path}: not an object`);
      return fallback;
    }
    const out: Record<string, unknown> = {};
    for (const [key, sub] of Object.entries(def.shape)) {
      const kept = repairAgainst(sub, fallback[key], raw[key], `${path}.${key}`, problems);
      if (kept !== undefined) out[key] = kept; // an optional field that was invalid is left out, not undefined
    }
    return out as T;
  }
  if (def.type === 'array' && def.element && Array.isArray(raw)) {
    const element = def.element;
    const kept = raw.filter((item) => element.safeParse(item).success);
    problems.push(`${path}: ${raw.length - kept.length} invalid item(s) dropped`);
    const again = schema.safeParse(kept);
    return again.success ? (again.data as T) : fallback;
  }
  if (raw !== undefined) problems.push(`${path}: invalid, reset`);
  return fallback;
}

export function repairSettings(raw: unknown): Repaired<Settings> {
  const problems: string[] = [];
  const migrated = migrateSettings(raw, problems);
  const value = repairAgainst(SettingsSchema, defaultSettings(), migrated, 'settings', problems);
  // Lead times: distinct, largest first, whatever order they were saved in.
  value.reminders.leadDays = [...new Set(value.reminders.leadDays)].sort((a, b) => b - a);
  return { value, problems };
}

function repairFacts(raw: unknown, path: string, problems: string[]): Facts {
  const facts: Record<string, unknown> = {};
  if (!isRecord(raw)) {
    if (raw !== undefined) problems.push(`${path}: not an object`);
    return facts;
  }
  for (const name of Object.keys(FACT_SCHEMAS) as FactName[]) {
    const value = raw[name];
    if (value === undefined) continue;
    // Keep each of the two slots (learner, edX) that is valid on its own.
    const kept = repairAgainst(FACT_SCHEMAS[name], {}, value, `${path}.${name}`, problems);
    if (Object.keys(kept).length) facts[name] = kept;
  }
  return facts as Facts;
}

function repairRun(raw: unknown, path: string, taken: Set<string>, now: string, problems: string[]): Run | undefined {
  if (!isRecord(raw) || typeof raw.course !== 'string' || !raw.course || raw.course.length > 20) {
    problems.push(`${path}: not a run of a known shape, dropped`);
    return undefined;
  }
  const runKey = RUN_KEY.safeParse(raw.runKey);
  if (raw.runKey !== undefined && !runKey.success) problems.push(`${path}.runKey: invalid, dropped`);
  const addedAt = typeof raw.addedAt === 'string' && !Number.isNaN(Date.parse(raw.addedAt)) ? raw.addedAt : now;
  // A run without a sound id is named as a new run would be: from what it keeps, so a second repair agrees.
  const id =
    typeof raw.id === 'string' && RUN_ID_PATTERN.test(raw.id)
      ? raw.id
      : makeRunId(raw.course, addedAt, (c) => taken.has(c));
  if (id !== raw.id) problems.push(`${path}.id: invalid, renamed`);
  taken.add(id);
  const platform = RunSchema.shape.platform.safeParse(raw.platform);
  if (raw.platform !== undefined && !platform.success) problems.push(`${path}.platform: invalid, dropped`);
  // Graded work is the platform's, read again at the next visit: kept whole or dropped, never patched.
  const graded = RunSchema.shape.graded.safeParse(raw.graded);
  if (raw.graded !== undefined && !graded.success) problems.push(`${path}.graded: invalid, dropped`);
  return {
    id,
    course: raw.course,
    ...(runKey.success ? { runKey: runKey.data } : {}),
    ...(platform.success && platform.data ? { platform: platform.data } : {}),
    facts: repairFacts(raw.facts, `${path}.facts`, problems),
    ...(graded.success && graded.data ? { graded: graded.data } : {}),
    addedAt,
  };
}

function repairStep(raw: unknown, path: string, taken: Set<string>, now: string, problems: string[]): StepState {
  const whole = StepStateSchema.safeParse(raw);
  if (whole.success) return whole.data;
  if (!isRecord(raw)) {
    if (raw !== undefined) problems.push(`${path}: not an object`);
    return { runs: [] };
  }
  const runs = Array.isArray(raw.runs)
    ? raw.runs.flatMap((r, i) => repairRun(r, `${path}.runs[${i}]`, taken, now, problems) ?? [])
    : [];
  if (raw.runs !== undefined && !Array.isArray(raw.runs)) problems.push(`${path}.runs: not a list`);
  const step: StepState = { runs };
  const shape = defOf(StepStateSchema).shape ?? {};
  for (const key of ['credit', 'plannedTerm'] as const) {
    const parsed = shape[key]?.safeParse(raw[key]);
    if (parsed?.success && parsed.data !== undefined) (step as Record<string, unknown>)[key] = parsed.data;
    else if (raw[key] !== undefined) problems.push(`${path}.${key}: invalid, dropped`);
  }
  return step;
}

export function repairProgress(raw: unknown, now: string): Repaired<Progress> {
  const problems: string[] = [];
  const migrated = migrateProgress(raw, problems);
  const whole = ProgressSchema.safeParse(migrated);
  if (whole.success) return { value: whole.data, problems };
  const fallback = defaultProgress(now);
  if (!isRecord(migrated)) {
    if (migrated !== undefined) problems.push('progress: not an object, started afresh');
    return { value: fallback, problems };
  }
  const steps = isRecord(migrated.steps) ? migrated.steps : {};
  if (migrated.steps !== undefined && !isRecord(migrated.steps)) problems.push('progress.steps: not an object');
  const value: Progress = { ...fallback };
  value.steps = { ...fallback.steps };
  // Ids already in use, so a run that needs a new one never takes another's.
  const taken = new Set(
    Object.values(steps).flatMap((s) =>
      isRecord(s) && Array.isArray(s.runs)
        ? s.runs.flatMap((r) => (isRecord(r) && typeof r.id === 'string' && RUN_ID_PATTERN.test(r.id) ? [r.id] : []))
        : [],
    ),
  );
  for (const key of STEP_IDS) value.steps[key] = repairStep(steps[key], `progress.steps.${key}`, taken, now, problems);
  const track = TrackSchema.safeParse(migrated.track);
  if (track.success) value.track = track.data;
  else problems.push("progress.track: invalid, the FAQ's path kept until the learner chooses");
  const suggestion = TrackSuggestionSchema.safeParse(migrated.trackSuggestion);
  if (suggestion.success) value.trackSuggestion = suggestion.data;
  else if (migrated.trackSuggestion !== undefined) problems.push('progress.trackSuggestion: invalid, dropped');
  if (isRecord(migrated.fired)) {
    for (const [id, at] of Object.entries(migrated.fired)) {
      if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) value.fired[id] = at;
      else problems.push(`progress.fired.${id}: invalid, dropped`);
    }
  }
  if (typeof migrated.updatedAt === 'string' && !Number.isNaN(Date.parse(migrated.updatedAt)))
    value.updatedAt = migrated.updatedAt;
  if (typeof migrated.onboardedAt === 'string' && !Number.isNaN(Date.parse(migrated.onboardedAt)))
    value.onboardedAt = migrated.onboardedAt;
  return { value, problems };
}
