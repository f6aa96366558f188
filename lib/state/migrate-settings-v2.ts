/**
 * Settings version 1 to 2: the hint remembers, per course, whether the learner opened it on unit pages
 * (`hints.openOnUnits`); version 1 had no such list, so every course starts with the one-line hint.
 *
 * Frozen: this file imports nothing, so it keeps meaning what it meant when version 2 shipped.
 */
type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function settingsV2(v1: Json): Json {
  return isRecord(v1.hints) ? { ...v1, hints: { openOnUnits: [], ...v1.hints } } : v1;
}
